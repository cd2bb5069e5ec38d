package org.cordon.quarantine.persons;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.quarantine.personaldata.IdNumberProtection;
import org.cordon.quarantine.persons.PersonFileAnswer.ContactAnswer;
import org.cordon.quarantine.persons.PersonFileAnswer.IsolationAnswer;
import org.cordon.quarantine.persons.PersonFileAnswer.SourceAnswer;
import org.cordon.quarantine.persons.PersonFileAnswer.TemperatureAnswer;
import org.cordon.quarantine.persons.domain.Monitor;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * Reads a whole file back for an operator, the ID number decrypted.
 */
@Repository
class PersonFiles {

	private final DatabaseClient database;

	private final Persons persons;

	private final IdNumberProtection protection;

	PersonFiles(DatabaseClient database, Persons persons, IdNumberProtection protection) {
		this.database = database;
		this.persons = persons;
		this.protection = protection;
	}

	Mono<PersonFileAnswer> read(UUID personId) {
		Mono<Header> header = this.database
			.sql("select " + Persons.FILE_COLUMNS
					+ ", id_number_encrypted, region, category, exposure_region from persons where person_id = $1")
			.bind(0, personId)
			.map((row) -> new Header(Persons.file(row, List.of()),
					Persons.personal(row,
							this.protection.decrypt(row.get("id_number_encrypted", byte[].class), personId)),
					row.get("region", String.class), PersonCategory.valueOf(row.get("category", String.class)),
					row.get("exposure_region", String.class)))
			.one();
		return header.flatMap((found) -> Mono
			.zip(this.persons.monitors(personId).collectList(), temperatures(personId), contacts(personId),
					sources(personId))
			.map((parts) -> answer(found, parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4())));
	}

	private Mono<List<TemperatureAnswer>> temperatures(UUID personId) {
		return this.database.sql("select at, celsius, fever from temperatures where person_id = $1 order by at")
			.bind(0, personId)
			.map((row) -> new TemperatureAnswer(row.get("at", Instant.class), row.get("celsius", BigDecimal.class),
					row.get("fever", Boolean.class)))
			.all()
			.collectList();
	}

	private Mono<List<ContactAnswer>> contacts(UUID personId) {
		return this.database.sql("""
				select contact_person_id, last_contact_on from contacts where source_person_id = $1
				 order by last_contact_on, contact_person_id""")
			.bind(0, personId)
			.map((row) -> new ContactAnswer(row.get("contact_person_id", UUID.class),
					row.get("last_contact_on", LocalDate.class)))
			.all()
			.collectList();
	}

	private Mono<List<SourceAnswer>> sources(UUID personId) {
		return this.database.sql("""
				select source_person_id, last_contact_on from contacts where contact_person_id = $1
				 order by last_contact_on, source_person_id""")
			.bind(0, personId)
			.map((row) -> new SourceAnswer(row.get("source_person_id", UUID.class),
					row.get("last_contact_on", LocalDate.class)))
			.all()
			.collectList();
	}

	private static PersonFileAnswer answer(Header header, List<Monitor> monitors, List<TemperatureAnswer> temperatures,
			List<ContactAnswer> contacts, List<SourceAnswer> sources) {
		PersonFile file = header.file();
		PersonalData person = header.person();
		IsolationAnswer isolation = (file.isolation() != null) ? new IsolationAnswer(file.isolation().mode(),
				file.isolation().site(), file.isolation().startedOn(), monitors) : null;
		return new PersonFileAnswer(file.personId(), person.name(), person.idNumber(), person.phone(), header.region(),
				person.address(), header.category(), header.exposureRegion(), file.lastExposureOn(), file.status(),
				isolation, file.observationEndsOn(), temperatures, file.suspectedOn(), file.confirmedOn(),
				file.transferredOn(), file.transferFacility(), file.releasedOn(), contacts, sources);
	}

	private record Header(PersonFile file, PersonalData person, String region, PersonCategory category,
			String exposureRegion) {

	}

}
