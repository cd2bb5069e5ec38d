package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.cordon.reporting.checkpoints.domain.Totals;

/**
 * The checkpoints' running totals as the bulletins print them ("共排查过往车辆 22144 辆…日均 2014
 * 辆"): each region's figures summed from its first day with figures up to the bulletin's
 * day, divided by those days and rounded half up, and the day's own figures. A day counts
 * once any of its figures is not zero; a region none of whose checkpoints reported by the
 * day is left out. The city runs from the first day any checkpoint had figures.
 */
public final class RunningTotals {

	private final LocalDate date;

	private final Map<String, Running> regions = new TreeMap<>();

	private final Running city = new Running();

	private RunningTotals(LocalDate date) {
		this.date = date;
	}

	/**
	 * @param date the bulletin's day
	 * @param rows the figures per region and day up to the date (region null for
	 * checkpoints whose registration was not seen: they count for the city only)
	 * @return the running totals
	 */
	public static RunningTotals at(LocalDate date, List<RegionDay> rows) {
		RunningTotals totals = new RunningTotals(date);
		rows.forEach(totals::add);
		return totals;
	}

	/**
	 * @return the city's figures, empty when no checkpoint had figures by the day
	 */
	public Optional<RegionTotals> city() {
		return this.city.totals(this.date);
	}

	/**
	 * @return each region's figures, by region name
	 */
	public Map<String, RegionTotals> byRegion() {
		Map<String, RegionTotals> byRegion = new TreeMap<>();
		this.regions.forEach(
				(region, running) -> running.totals(this.date).ifPresent((totals) -> byRegion.put(region, totals)));
		return byRegion;
	}

	private void add(RegionDay row) {
		if (row.day().isAfter(this.date) || row.totals().allZero()) {
			return;
		}
		this.city.add(row, this.date);
		if (row.region() != null) {
			this.regions.computeIfAbsent(row.region(), (region) -> new Running()).add(row, this.date);
		}
	}

	/**
	 * The figures of one region's checkpoints on one day.
	 *
	 * @param region the region, or null when the checkpoints' registration was not seen
	 * @param day the day
	 * @param totals their nine figures summed
	 */
	public record RegionDay(String region, LocalDate day, Totals totals) {

		public RegionDay {
			Objects.requireNonNull(day, "day");
			Objects.requireNonNull(totals, "totals");
		}

	}

	private static final class Running {

		private LocalDate since;

		private Totals total = Totals.ZERO;

		private Totals onTheDay = Totals.ZERO;

		void add(RegionDay row, LocalDate date) {
			this.since = BusinessDays.earlier(this.since, row.day());
			this.total = this.total.plus(row.totals());
			if (row.day().equals(date)) {
				this.onTheDay = this.onTheDay.plus(row.totals());
			}
		}

		Optional<RegionTotals> totals(LocalDate date) {
			if (this.since == null) {
				return Optional.empty();
			}
			int days = (int) ChronoUnit.DAYS.between(this.since, date) + 1;
			return Optional
				.of(new RegionTotals(this.since, days, this.onTheDay, this.total, this.total.dailyAverage(days)));
		}

	}

}
