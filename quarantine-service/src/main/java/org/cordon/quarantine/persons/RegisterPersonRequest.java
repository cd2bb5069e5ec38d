package org.cordon.quarantine.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.quarantine.persons.domain.IdNumber;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * The body of {@code POST /api/persons}. Its {@code toString} names no personal value.
 *
 * @param registeredOn the day the file was opened; optional, today when left out
 */
record RegisterPersonRequest(UUID personId, String name, String idNumber, String phone, String region, String address,
		PersonCategory category, String exposureRegion, LocalDate lastExposureOn, LocalDate registeredOn) {

	PersonalData person() {
		return new PersonalData(this.name, this.idNumber, this.phone, this.address);
	}

	/**
	 * @param today today in the platform's time zone, the day of registration when the
	 * request names none
	 * @return the registration with blanks stripped and the ID number normalised; call
	 * once the request is valid
	 */
	Registration toRegistration(LocalDate today) {
		return new Registration(this.personId,
				new PersonalData(this.name.strip(), IdNumber.normalise(this.idNumber), this.phone.strip(),
						this.address.strip()),
				this.region.strip(), this.category, this.exposureRegion.strip(), this.lastExposureOn, this.registeredOn,
				(this.registeredOn != null) ? this.registeredOn : today);
	}

	@Override
	public String toString() {
		return "RegisterPersonRequest[" + this.personId + "]";
	}

}
