package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * One isolation of a person, from the day it started: on any day the person is where the
 * latest isolation started by then put them (a move from home to a centralised site is a
 * new isolation). Of two told for one day, the later told replaces the earlier.
 *
 * @param personId the person
 * @param startedOn the first day of this isolation
 * @param mode home, centralised or hospital
 * @param observationEndsOn the last day of observation under it
 */
public record Isolation(UUID personId, LocalDate startedOn, IsolationMode mode, LocalDate observationEndsOn) {

	public Isolation {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(startedOn, "startedOn");
		Objects.requireNonNull(mode, "mode");
	}

}
