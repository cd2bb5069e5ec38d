package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The days on which what the bulletin counts happened to one person, as a batch of events
 * told them, to be merged into the person's row. The registration's region, category and
 * day, told again, replace those told before; each transition counts from the first day
 * it was told (quarantine-service announces each at most once), so merging is exact
 * whatever the batches' boundaries. No name, ID number, phone or address: the events
 * carry none.
 *
 * @param personId the person
 * @param region the responsible region, from the registration, or null
 * @param category why the person is on file, or null
 * @param registeredOn the day the file was opened, or null
 * @param releasedOn the day of the release, or null
 * @param suspectedOn the day of the suspicion, or null
 * @param confirmedOn the day of the confirmation, or null
 * @param transferredOn the day of the transfer, or null
 */
public record PersonDays(UUID personId, String region, String category, LocalDate registeredOn, LocalDate releasedOn,
		LocalDate suspectedOn, LocalDate confirmedOn, LocalDate transferredOn) {

	public PersonDays {
		Objects.requireNonNull(personId, "personId");
	}

	/**
	 * @param personId the person
	 * @return nothing told yet
	 */
	public static PersonDays of(UUID personId) {
		return new PersonDays(personId, null, null, null, null, null, null, null);
	}

	/**
	 * @param region the responsible region
	 * @param category the category's name
	 * @param on the day of the registration
	 * @return these days with the registration
	 */
	public PersonDays registered(String region, String category, LocalDate on) {
		return new PersonDays(this.personId, region, category, on, this.releasedOn, this.suspectedOn, this.confirmedOn,
				this.transferredOn);
	}

	public PersonDays released(LocalDate on) {
		return new PersonDays(this.personId, this.region, this.category, this.registeredOn,
				BusinessDays.earlier(this.releasedOn, on), this.suspectedOn, this.confirmedOn, this.transferredOn);
	}

	public PersonDays suspected(LocalDate on) {
		return new PersonDays(this.personId, this.region, this.category, this.registeredOn, this.releasedOn,
				BusinessDays.earlier(this.suspectedOn, on), this.confirmedOn, this.transferredOn);
	}

	public PersonDays confirmed(LocalDate on) {
		return new PersonDays(this.personId, this.region, this.category, this.registeredOn, this.releasedOn,
				this.suspectedOn, BusinessDays.earlier(this.confirmedOn, on), this.transferredOn);
	}

	public PersonDays transferred(LocalDate on) {
		return new PersonDays(this.personId, this.region, this.category, this.registeredOn, this.releasedOn,
				this.suspectedOn, this.confirmedOn, BusinessDays.earlier(this.transferredOn, on));
	}

}
