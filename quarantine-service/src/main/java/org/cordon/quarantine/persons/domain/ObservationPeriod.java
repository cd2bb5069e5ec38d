package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;

/**
 * Observation ends a number of days (14 in the bulletins, configurable) after the last
 * exposure; it is complete on that day. A fever extends nothing by itself: the end
 * depends on the last exposure only.
 *
 * @param days days from the last exposure to the end of observation
 */
public record ObservationPeriod(int days) {

	public static final int DEFAULT_DAYS = 14;

	public static final int MAX_DAYS = 60;

	public ObservationPeriod {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException(
					"The observation period must be between 1 and " + MAX_DAYS + " days, not " + days);
		}
	}

	public LocalDate endsOn(LocalDate lastExposureOn) {
		return lastExposureOn.plusDays(this.days);
	}

	/**
	 * @param observationEndsOn the file's last day of observation
	 * @param day a day
	 * @return whether observation is complete on that day
	 */
	public static boolean completeOn(LocalDate observationEndsOn, LocalDate day) {
		return !day.isBefore(observationEndsOn);
	}

}
