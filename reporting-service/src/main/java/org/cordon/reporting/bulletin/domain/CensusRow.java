package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * Persons who share every day the census counts by, with the isolation that was theirs at
 * the census's date (the latest started by then): the table's rows grouped, so that a
 * census reads a handful of rows rather than every person. Nothing that names a person.
 *
 * @param region the responsible region, or null when the registration was not seen
 * @param registeredOn the day the file was opened, or null
 * @param releasedOn the day of the release, or null
 * @param suspectedOn the day of the suspicion, or null
 * @param confirmedOn the day of the confirmation, or null
 * @param transferredOn the day of the transfer, or null
 * @param isolatedOn the first day of the isolation in effect at the date, or null
 * @param mode that isolation's mode, or null
 * @param observationEndsOn that isolation's last day of observation, or null
 * @param persons how many persons
 */
public record CensusRow(String region, LocalDate registeredOn, LocalDate releasedOn, LocalDate suspectedOn,
		LocalDate confirmedOn, LocalDate transferredOn, LocalDate isolatedOn, IsolationMode mode,
		LocalDate observationEndsOn, long persons) {

}
