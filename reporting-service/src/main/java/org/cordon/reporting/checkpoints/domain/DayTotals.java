package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;

/**
 * The totals of one day of the summary's range, over the checkpoints it selects.
 */
public record DayTotals(LocalDate date, Totals totals) {

}
