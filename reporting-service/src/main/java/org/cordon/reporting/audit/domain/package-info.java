/**
 * The rules of the audit stream: what a query asks for and how its parameters are read,
 * and the merge that puts the events of many partitions in one order. Plain Java.
 */
package org.cordon.reporting.audit.domain;
