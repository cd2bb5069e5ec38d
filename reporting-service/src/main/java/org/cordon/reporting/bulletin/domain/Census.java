package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.reporting.quarantine.domain.PersonStatus;

/**
 * The quarantine census at the end of a day, from the days facts happened on rather than
 * when they were entered. A fact counts from its day on: a person released on the 5th is
 * under observation in the census of the 4th. Where a person stands on the day follows
 * quarantine-service's precedence ({@link PersonStatus}) over the facts of that day and
 * before; due for release is its rule too (in isolation with nothing else on file, and
 * the day on or after the last day of observation), read at the end of the day.
 */
public final class Census {

	private final LocalDate date;

	private final Counts city = new Counts();

	private final Map<String, Counts> regions = new TreeMap<>();

	private Census(LocalDate date) {
		this.date = date;
	}

	/**
	 * @param date the day whose end the census describes
	 * @param rows the persons, each with the isolation in effect at the date
	 * @return the census
	 */
	public static Census at(LocalDate date, List<CensusRow> rows) {
		Census census = new Census(date);
		rows.forEach(census::add);
		return census;
	}

	/**
	 * @return the whole city's figures, persons whose registration was not seen included
	 */
	public CensusFigures city() {
		return this.city.figures();
	}

	/**
	 * @return each region's figures, by region name, for the regions with a person
	 * counted
	 */
	public Map<String, CensusFigures> byRegion() {
		Map<String, CensusFigures> figures = new TreeMap<>();
		this.regions.forEach((region, counts) -> {
			if (!counts.isEmpty()) {
				figures.put(region, counts.figures());
			}
		});
		return figures;
	}

	private void add(CensusRow row) {
		this.city.add(row);
		if (row.region() != null) {
			this.regions.computeIfAbsent(row.region(), (region) -> new Counts()).add(row);
		}
	}

	private boolean by(LocalDate day) {
		return day != null && !day.isAfter(this.date);
	}

	private final class Counts {

		private long registered;

		private long registeredOnTheDay;

		private long underObservation;

		private final Map<IsolationMode, Long> byMode = new EnumMap<>(IsolationMode.class);

		private long released;

		private long suspected;

		private long confirmed;

		private long transferred;

		private long dueForRelease;

		private boolean counted;

		void add(CensusRow row) {
			long n = row.persons();
			boolean isolated = by(row.isolatedOn()) && row.mode() != null;
			PersonStatus status = PersonStatus.of(isolated, by(row.suspectedOn()), by(row.confirmedOn()),
					by(row.transferredOn()), by(row.releasedOn()));
			boolean registeredBy = by(row.registeredOn());
			boolean known = registeredBy || isolated || status != PersonStatus.REGISTERED;
			this.counted |= known;
			this.registered += registeredBy ? n : 0;
			this.registeredOnTheDay += date.equals(row.registeredOn()) ? n : 0;
			if (isolated && status != PersonStatus.RELEASED && status != PersonStatus.TRANSFERRED) {
				this.underObservation += n;
				this.byMode.merge(row.mode(), n, Long::sum);
			}
			this.released += by(row.releasedOn()) ? n : 0;
			this.suspected += (status == PersonStatus.SUSPECTED) ? n : 0;
			this.confirmed += by(row.confirmedOn()) ? n : 0;
			this.transferred += by(row.transferredOn()) ? n : 0;
			boolean observationComplete = row.observationEndsOn() != null && !date.isBefore(row.observationEndsOn());
			this.dueForRelease += (status == PersonStatus.ISOLATED && observationComplete) ? n : 0;
		}

		boolean isEmpty() {
			return !this.counted;
		}

		CensusFigures figures() {
			return new CensusFigures(this.registered, this.registeredOnTheDay, this.underObservation, this.byMode,
					this.released, this.suspected, this.confirmed, this.transferred, this.dueForRelease);
		}

	}

}
