package org.cordon.inspection.issues.domain;

import java.time.LocalDate;

import org.cordon.platform.rules.Violations;

/**
 * Rules about calendar days, which are days in the platform's time zone.
 */
public final class Days {

	private Days() {
	}

	/**
	 * A day that has not begun yet cannot have happened: no slack as for instants, since
	 * every day is read in the one platform time zone.
	 * @param violations where to record a violation
	 * @param day the day posted
	 * @param field its field
	 * @param today the current day
	 */
	public static void notAfterToday(Violations violations, LocalDate day, String field, LocalDate today) {
		violations.check(!day.isAfter(today), field, "must not be after today (" + today + ")");
	}

}
