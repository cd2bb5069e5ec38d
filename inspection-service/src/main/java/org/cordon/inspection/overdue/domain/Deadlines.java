package org.cordon.inspection.overdue.domain;

import java.time.LocalDate;

/**
 * A deadline is the last day on which rectifying is on time. An issue still open at the
 * first day boundary after it (the midnight that ends the deadline day, in the platform's
 * time zone) is overdue from the next day on.
 */
public final class Deadlines {

	private Deadlines() {
	}

	/**
	 * @param deadline the deadline
	 * @param today the current day
	 * @return whether the day boundary after the deadline has passed
	 */
	public static boolean missed(LocalDate deadline, LocalDate today) {
		return today.isAfter(deadline);
	}

	/**
	 * The latest deadline missed by today: every open issue with this deadline or an
	 * earlier one is overdue.
	 * @param today the current day
	 * @return yesterday
	 */
	public static LocalDate latestMissed(LocalDate today) {
		return today.minusDays(1);
	}

	/**
	 * @param deadline the deadline
	 * @return the first day on which an issue still open is overdue
	 */
	public static LocalDate overdueFrom(LocalDate deadline) {
		return deadline.plusDays(1);
	}

}
