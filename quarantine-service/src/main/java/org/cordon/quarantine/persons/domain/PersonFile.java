package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The facts of one person's file that the rules decide on: when observation ends, the
 * current isolation, and the days of suspicion, confirmation, transfer and release. Who
 * the person is ({@link PersonalData}) is kept apart.
 *
 * @param isolation the current isolation, or null before the first one
 * @param transferFacility the hospital, set together with {@code transferredOn}
 */
public record PersonFile(UUID personId, LocalDate lastExposureOn, LocalDate observationEndsOn, Isolation isolation,
		LocalDate suspectedOn, LocalDate confirmedOn, LocalDate transferredOn, String transferFacility,
		LocalDate releasedOn) {

	public PersonFile {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(lastExposureOn, "lastExposureOn");
		Objects.requireNonNull(observationEndsOn, "observationEndsOn");
	}

	/**
	 * A file just opened.
	 * @param personId the person
	 * @param lastExposureOn the day of the last exposure
	 * @param period the observation period in force
	 * @return the file, registered
	 */
	public static PersonFile opened(UUID personId, LocalDate lastExposureOn, ObservationPeriod period) {
		return new PersonFile(personId, lastExposureOn, period.endsOn(lastExposureOn), null, null, null, null, null,
				null);
	}

	public FileStatus status() {
		return FileStatus.of(this.isolation != null, this.suspectedOn, this.confirmedOn, this.transferredOn,
				this.releasedOn);
	}

	/**
	 * Isolated and neither released nor transferred, as the views count it; a suspected
	 * or confirmed person still in isolation is still observed.
	 * @return whether monitors must take the person's temperature
	 */
	public boolean underObservation() {
		FileStatus status = status();
		return this.isolation != null && status != FileStatus.RELEASED && status != FileStatus.TRANSFERRED;
	}

	public PersonFile withIsolation(Isolation isolation) {
		return new PersonFile(this.personId, this.lastExposureOn, this.observationEndsOn, isolation, this.suspectedOn,
				this.confirmedOn, this.transferredOn, this.transferFacility, this.releasedOn);
	}

	public PersonFile withSuspectedOn(LocalDate on) {
		return new PersonFile(this.personId, this.lastExposureOn, this.observationEndsOn, this.isolation, on,
				this.confirmedOn, this.transferredOn, this.transferFacility, this.releasedOn);
	}

	public PersonFile withConfirmedOn(LocalDate on) {
		return new PersonFile(this.personId, this.lastExposureOn, this.observationEndsOn, this.isolation,
				this.suspectedOn, on, this.transferredOn, this.transferFacility, this.releasedOn);
	}

	public PersonFile withTransfer(String facility, LocalDate on) {
		return new PersonFile(this.personId, this.lastExposureOn, this.observationEndsOn, this.isolation,
				this.suspectedOn, this.confirmedOn, on, facility, this.releasedOn);
	}

	public PersonFile withReleasedOn(LocalDate on) {
		return new PersonFile(this.personId, this.lastExposureOn, this.observationEndsOn, this.isolation,
				this.suspectedOn, this.confirmedOn, this.transferredOn, this.transferFacility, on);
	}

}
