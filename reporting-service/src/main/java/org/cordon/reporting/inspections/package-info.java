/**
 * The inspection ledger: issues found, rectified, in progress and overdue by region, and
 * accountability actions by kind, kept from {@code inspection.events}, and the endpoint
 * API.md describes.
 */
package org.cordon.reporting.inspections;
