package org.cordon.quarantine.persons;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.quarantine.persons.domain.FileStatus;
import org.cordon.quarantine.persons.domain.Monitor;

/**
 * A person's whole file, as {@code GET /api/persons/{personId}} shows it to an operator.
 * Days not reached yet are null.
 *
 * @param isolation the current isolation, or null before the first
 * @param temperatures every reading, oldest first
 * @param contacts persons traced as this person's contacts
 * @param contactOf persons this person was traced as a contact of
 */
record PersonFileAnswer(UUID personId, String name, String idNumber, String phone, String region, String address,
		PersonCategory category, String exposureRegion, LocalDate lastExposureOn, FileStatus status,
		IsolationAnswer isolation, LocalDate observationEndsOn, List<TemperatureAnswer> temperatures,
		LocalDate suspectedOn, LocalDate confirmedOn, LocalDate transferredOn, String transferFacility,
		LocalDate releasedOn, List<ContactAnswer> contacts, List<SourceAnswer> contactOf) {

	@Override
	public String toString() {
		return "PersonFileAnswer[" + this.personId + "]";
	}

	record IsolationAnswer(IsolationMode mode, String site, LocalDate startedOn, List<Monitor> monitors) {

	}

	record TemperatureAnswer(Instant at, BigDecimal celsius, boolean fever) {

	}

	record ContactAnswer(UUID contactPersonId, LocalDate lastContactOn) {

	}

	record SourceAnswer(UUID sourcePersonId, LocalDate lastContactOn) {

	}

}
