package org.cordon.quarantine.watchlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where days begin and end in the platform's time zone ("a day" of API.md).
 */
public final class Days {

	private Days() {
	}

	public static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	/**
	 * @param day a day
	 * @param zone the platform's time zone
	 * @return the first instant after it
	 */
	public static Instant endOf(LocalDate day, ZoneId zone) {
		return startOf(day.plusDays(1), zone);
	}

	/**
	 * @param now an instant
	 * @param zone the platform's time zone
	 * @return the start of the day after the one {@code now} falls in
	 */
	public static Instant nextStartOfDay(Instant now, ZoneId zone) {
		return endOf(now.atZone(zone).toLocalDate(), zone);
	}

}
