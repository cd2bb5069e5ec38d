package org.cordon.reporting.inspections.domain;

/**
 * One region's line of the ledger.
 *
 * @param region the region
 * @param found issues found, {@code rectified + inProgress}
 * @param rectified issues rectified
 * @param inProgress issues not rectified yet
 * @param overdue issues in progress past their deadline
 */
public record LedgerRow(String region, long found, long rectified, long inProgress, long overdue) {

}
