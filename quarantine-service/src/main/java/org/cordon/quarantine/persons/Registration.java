package org.cordon.quarantine.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * A valid registration, normalised: who the person is, and what may be published.
 *
 * @param registeredOnAsSent the day of registration as the client sent it; {@code null}
 * when left out
 * @param registeredOn the day of registration: as sent, or today when left out
 */
record Registration(UUID personId, PersonalData person, String region, PersonCategory category, String exposureRegion,
		LocalDate lastExposureOn, LocalDate registeredOnAsSent, LocalDate registeredOn) {

	PersonRegistered event() {
		return new PersonRegistered(this.personId, this.region, this.category, this.exposureRegion, this.lastExposureOn,
				this.registeredOn);
	}

	/**
	 * What "the same registration" means for a repeated personId: every field, the ID
	 * number by its keyed hash so that the fingerprint on file is never computed from it
	 * in the clear. The day of registration counts as sent, so a retry that leaves it out
	 * stays a duplicate after midnight.
	 * @param idNumberHash the hex of the ID number's keyed hash
	 * @return the content to fingerprint
	 */
	Content content(String idNumberHash) {
		return new Content(this.personId, this.person.name(), idNumberHash, this.person.phone(), this.region,
				this.person.address(), this.category, this.exposureRegion, this.lastExposureOn,
				this.registeredOnAsSent);
	}

	record Content(UUID personId, String name, String idNumberHash, String phone, String region, String address,
			PersonCategory category, String exposureRegion, LocalDate lastExposureOn, LocalDate registeredOn) {

		@Override
		public String toString() {
			return "Registration.Content[" + this.personId + "]";
		}

	}

}
