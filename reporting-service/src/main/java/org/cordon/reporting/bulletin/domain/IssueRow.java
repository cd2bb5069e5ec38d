package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;

/**
 * Issues that share their region and days: the table's rows grouped.
 *
 * @param region the region
 * @param foundOn the day they were found
 * @param deadline their deadline, or null
 * @param rectifiedOn the day they were rectified, or null
 * @param issues how many
 */
public record IssueRow(String region, LocalDate foundOn, LocalDate deadline, LocalDate rectifiedOn, long issues) {

}
