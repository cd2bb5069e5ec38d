package org.cordon.quarantine.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.quarantine.persons.domain.IdNumber;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * The body of {@code POST /api/persons}. Its {@code toString} names no personal value.
 */
record RegisterPersonRequest(UUID personId, String name, String idNumber, String phone, String region, String address,
		PersonCategory category, String exposureRegion, LocalDate lastExposureOn) {

	PersonalData person() {
		return new PersonalData(this.name, this.idNumber, this.phone, this.address);
	}

	/**
	 * @return the registration with blanks stripped and the ID number normalised; call
	 * once the request is valid
	 */
	Registration toRegistration() {
		return new Registration(this.personId,
				new PersonalData(this.name.strip(), IdNumber.normalise(this.idNumber), this.phone.strip(),
						this.address.strip()),
				this.region.strip(), this.category, this.exposureRegion.strip(), this.lastExposureOn);
	}

	@Override
	public String toString() {
		return "RegisterPersonRequest[" + this.personId + "]";
	}

}
