package org.cordon.quarantine.watchlist.domain;

import java.time.LocalDate;

import org.cordon.quarantine.persons.domain.FileStatus;
import org.cordon.quarantine.persons.domain.ObservationPeriod;
import org.cordon.quarantine.persons.domain.PersonFile;

/**
 * The two lists the monitors chase each day (what the bulletins' working groups did):
 * persons due for release, and persons under observation without a temperature today.
 */
public final class Watchlist {

	private Watchlist() {
	}

	/**
	 * Isolated, the observation period complete today, and not suspected, confirmed,
	 * released or transferred. A fever does not take a person off the list: release
	 * itself then refuses, with the reason.
	 * @param file the person's file
	 * @param today today in the platform's time zone
	 * @return whether the person is due for release
	 */
	public static boolean dueForRelease(PersonFile file, LocalDate today) {
		return file.status() == FileStatus.ISOLATED && ObservationPeriod.completeOn(file.observationEndsOn(), today);
	}

	/**
	 * Under observation (isolated, neither released nor transferred) and no temperature
	 * taken at any instant of today.
	 * @param file the person's file
	 * @param takenToday whether a reading of today is on file
	 * @return whether the person's temperature is missing
	 */
	public static boolean missingTemperature(PersonFile file, boolean takenToday) {
		return file.underObservation() && !takenToday;
	}

}
