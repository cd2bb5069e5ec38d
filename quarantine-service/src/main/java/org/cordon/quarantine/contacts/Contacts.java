package org.cordon.quarantine.contacts;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The traced pairs on file, with the day of their last contact.
 */
@Repository
class Contacts {

	private final DatabaseClient database;

	Contacts(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The pair's last contact, locked for the rest of the transaction.
	 * @param source the person whose contact was traced
	 * @param contact the contact
	 * @return the day on file, or empty for a new pair
	 */
	Mono<LocalDate> lock(UUID source, UUID contact) {
		return this.database.sql("""
				select last_contact_on from contacts
				 where source_person_id = $1 and contact_person_id = $2 for update""")
			.bind(0, source)
			.bind(1, contact)
			.map((row) -> row.get("last_contact_on", LocalDate.class))
			.one();
	}

	/**
	 * Files a new pair.
	 * @param source the person whose contact was traced
	 * @param contact the contact
	 * @param lastContactOn the day
	 * @return true when filed, false when the pair is on file (waiting for a concurrent
	 * post of it to end first)
	 */
	Mono<Boolean> insert(UUID source, UUID contact, LocalDate lastContactOn) {
		return this.database.sql("""
				insert into contacts (source_person_id, contact_person_id, last_contact_on) values ($1, $2, $3)
				on conflict do nothing""")
			.bind(0, source)
			.bind(1, contact)
			.bind(2, lastContactOn)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<Void> update(UUID source, UUID contact, LocalDate lastContactOn) {
		return this.database
			.sql("update contacts set last_contact_on = $3 where source_person_id = $1 and contact_person_id = $2")
			.bind(0, source)
			.bind(1, contact)
			.bind(2, lastContactOn)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
