package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;

import org.cordon.reporting.checkpoints.domain.Totals;

/**
 * A region's (or the city's) checkpoint figures for a bulletin: the day's, and the
 * running totals from the first day with figures up to the day, with their daily
 * averages.
 *
 * @param since the first day with figures
 * @param days the days from {@code since} to the bulletin's day, both included
 * @param onTheDay the nine figures of the day
 * @param total the nine figures summed over the days
 * @param dailyAverage the totals divided by the days, rounded half up
 */
public record RegionTotals(LocalDate since, int days, Totals onTheDay, Totals total, Totals dailyAverage) {

}
