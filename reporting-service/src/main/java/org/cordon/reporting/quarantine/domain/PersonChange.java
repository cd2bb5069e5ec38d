package org.cordon.reporting.quarantine.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.contracts.quarantine.TemperatureRecorded;

/**
 * What a batch of events told about one person, to be merged into the person's row: a
 * null value was not told and leaves the row's as it is; a true flag sets the row's, a
 * false one leaves it. Every status flag only ever turns true (quarantine-service never
 * takes a suspicion, confirmation, transfer or release back), the mode and the end of
 * observation are those of the latest isolation, and the fever instant is the latest
 * fever's. Merging is therefore exact whatever the batches' boundaries.
 *
 * @param personId the person
 * @param region the region responsible for the person, from the registration
 * @param category why the person is on file, from the registration
 * @param mode the latest isolation's mode
 * @param observationEndsOn the latest isolation's last day of observation
 * @param isolated an isolation was announced
 * @param suspected a suspicion was announced
 * @param confirmed a confirmation was announced
 * @param transferred a transfer was announced
 * @param released a release was announced
 * @param lastFeverAt the latest instant of a reading of at least 37.3 °C
 */
public record PersonChange(UUID personId, String region, PersonCategory category, IsolationMode mode,
		LocalDate observationEndsOn, boolean isolated, boolean suspected, boolean confirmed, boolean transferred,
		boolean released, Instant lastFeverAt) {

	public PersonChange {
		Objects.requireNonNull(personId, "personId");
	}

	/**
	 * @param personId the person
	 * @return a change that tells nothing yet
	 */
	public static PersonChange of(UUID personId) {
		return new PersonChange(personId, null, null, null, null, false, false, false, false, false, null);
	}

	/**
	 * @param event the person's next event
	 * @return this change with what the event tells
	 */
	public PersonChange with(QuarantineEvent event) {
		if (!this.personId.equals(event.personId())) {
			throw new IllegalArgumentException("An event of another person: " + event.personId());
		}
		if (event instanceof PersonRegistered registered) {
			return new PersonChange(this.personId, registered.region(), registered.category(), this.mode,
					this.observationEndsOn, this.isolated, this.suspected, this.confirmed, this.transferred,
					this.released, this.lastFeverAt);
		}
		if (event instanceof PersonIsolated isolation) {
			return new PersonChange(this.personId, this.region, this.category, isolation.mode(),
					isolation.observationEndsOn(), true, this.suspected, this.confirmed, this.transferred,
					this.released, this.lastFeverAt);
		}
		if (event instanceof TemperatureRecorded reading && reading.fever()) {
			return new PersonChange(this.personId, this.region, this.category, this.mode, this.observationEndsOn,
					this.isolated, this.suspected, this.confirmed, this.transferred, this.released,
					later(this.lastFeverAt, reading.at()));
		}
		return new PersonChange(this.personId, this.region, this.category, this.mode, this.observationEndsOn,
				this.isolated, this.suspected || event instanceof CaseSuspected,
				this.confirmed || event instanceof CaseConfirmed,
				this.transferred || event instanceof PersonTransferred,
				this.released || event instanceof PersonReleased, this.lastFeverAt);
	}

	/**
	 * Whether an event tells the summary anything: a reading without fever, or a traced
	 * contact, counts nowhere.
	 * @param event a quarantine event
	 * @return true when applying it may change the summary
	 */
	public static boolean matters(QuarantineEvent event) {
		if (event instanceof TemperatureRecorded reading) {
			return reading.fever();
		}
		return event instanceof PersonRegistered || event instanceof PersonIsolated || event instanceof CaseSuspected
				|| event instanceof CaseConfirmed || event instanceof PersonTransferred
				|| event instanceof PersonReleased;
	}

	private static Instant later(Instant known, Instant reading) {
		return (known == null || reading.isAfter(known)) ? reading : known;
	}

}
