/**
 * The rules of the inspection ledger ("挂帐销号"): what each event tells about an issue,
 * which issues are in progress or overdue, and how the ledger adds up by region. Plain
 * Java.
 */
package org.cordon.reporting.inspections.domain;
