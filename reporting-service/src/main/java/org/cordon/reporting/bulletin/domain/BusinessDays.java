package org.cordon.reporting.bulletin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business day of a fact: the day its event says it happened, or, for an event
 * written before that day was carried (the fields added later to the v1 contracts read as
 * null), the day of the event's time in the platform's time zone. The event's time alone
 * would place a replay of February 2020 entered in 2026 in 2026.
 */
public final class BusinessDays {

	private BusinessDays() {
	}

	/**
	 * @param told the day the event carries, or null
	 * @param eventTime the event's {@code ce_time}
	 * @param zone the platform's time zone
	 * @return the day the fact counts for
	 */
	public static LocalDate of(LocalDate told, Instant eventTime, ZoneId zone) {
		return (told != null) ? told : LocalDate.ofInstant(eventTime, zone);
	}

	/**
	 * @param day a day, or null
	 * @param other another day, or null
	 * @return the earlier of the two, or the one given
	 */
	public static LocalDate earlier(LocalDate day, LocalDate other) {
		if (day == null) {
			return other;
		}
		return (other == null || !other.isBefore(day)) ? day : other;
	}

}
