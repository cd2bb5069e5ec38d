package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/views/checkpoints/summary}.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param days {@code to - from + 1}
 * @param totals the sums over every selected checkpoint and day
 * @param dailyAverage the totals divided by days, rounded half up
 * @param byCheckpoint every selected checkpoint, by region and name
 * @param byDay every day of the range, in order, zeros included
 */
public record CheckpointSummary(LocalDate from, LocalDate to, int days, Totals totals, Totals dailyAverage,
		List<CheckpointTotals> byCheckpoint, List<DayTotals> byDay) {

}
