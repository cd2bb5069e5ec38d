package org.cordon.quarantine.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.quarantine.persons.domain.Isolation;
import org.cordon.quarantine.persons.domain.Monitor;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * The persons on file with their monitors. Personal data is written and read here only;
 * the ID number only as ciphertext and keyed hash.
 */
@Repository
public class Persons {

	public static final String FILE_COLUMNS = """
			person_id, name, phone, address, last_exposure_on, observation_ends_on, isolation_mode, isolation_site,
			isolation_started_on, suspected_on, confirmed_on, transferred_on, transfer_facility, released_on""";

	private final DatabaseClient database;

	Persons(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Opens a file unless its ID number is on file already.
	 * @param registration the new person, valid and normalised
	 * @param encryptedIdNumber the ID number, encrypted for this person
	 * @param idNumberHash its keyed hash
	 * @param file the new file
	 * @return true when opened, false when another file holds the ID number (waiting for
	 * a concurrent registration of it to end first)
	 */
	Mono<Boolean> insert(Registration registration, byte[] encryptedIdNumber, byte[] idNumberHash, PersonFile file) {
		PersonalData person = registration.person();
		return this.database.sql("""
				insert into persons (person_id, name, id_number_encrypted, id_number_hash, phone, region, address,
				                     category, exposure_region, last_exposure_on, observation_ends_on, registered_on)
				values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
				on conflict do nothing""")
			.bind(0, registration.personId())
			.bind(1, person.name())
			.bind(2, encryptedIdNumber)
			.bind(3, idNumberHash)
			.bind(4, person.phone())
			.bind(5, registration.region())
			.bind(6, person.address())
			.bind(7, registration.category().name())
			.bind(8, registration.exposureRegion())
			.bind(9, registration.lastExposureOn())
			.bind(10, file.observationEndsOn())
			.bind(11, registration.registeredOn())
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<UUID> holderOf(byte[] idNumberHash) {
		return this.database.sql("select person_id from persons where id_number_hash = $1")
			.bind(0, idNumberHash)
			.map((row) -> row.get("person_id", UUID.class))
			.one();
	}

	/**
	 * Locks the file for the rest of the transaction, so that changes of one person are
	 * decided one after the other on what is really on file.
	 * @param personId the person
	 * @return the file, or empty when no such person is on file
	 */
	Mono<FileOnRecord> lock(UUID personId) {
		return this.database.sql("select " + FILE_COLUMNS + " from persons where person_id = $1 for update")
			.bind(0, personId)
			.map((row) -> new FileOnRecord(file(row, List.of()), personal(row, null)))
			.one()
			.flatMap((locked) -> (locked.file().isolation() == null) ? Mono.just(locked)
					: monitors(personId).collectList().map((monitors) -> withMonitors(locked, monitors)));
	}

	private static FileOnRecord withMonitors(FileOnRecord locked, List<Monitor> monitors) {
		Isolation isolation = locked.file().isolation();
		return new FileOnRecord(
				locked.file()
					.withIsolation(new Isolation(isolation.mode(), isolation.site(), isolation.startedOn(), monitors)),
				locked.person());
	}

	Mono<Void> save(PersonFile before, PersonFile after) {
		Isolation isolation = after.isolation();
		DatabaseClient.GenericExecuteSpec update = this.database.sql("""
				update persons
				   set isolation_mode = $2, isolation_site = $3, isolation_started_on = $4, suspected_on = $5,
				       confirmed_on = $6, transferred_on = $7, transfer_facility = $8, released_on = $9
				 where person_id = $1""").bind(0, after.personId());
		update = nullable(update, 1, (isolation != null) ? isolation.mode().name() : null, String.class);
		update = nullable(update, 2, (isolation != null) ? isolation.site() : null, String.class);
		update = nullable(update, 3, (isolation != null) ? isolation.startedOn() : null, LocalDate.class);
		update = nullable(update, 4, after.suspectedOn(), LocalDate.class);
		update = nullable(update, 5, after.confirmedOn(), LocalDate.class);
		update = nullable(update, 6, after.transferredOn(), LocalDate.class);
		update = nullable(update, 7, after.transferFacility(), String.class);
		update = nullable(update, 8, after.releasedOn(), LocalDate.class);
		Mono<Void> updated = update.fetch().rowsUpdated().then();
		return Objects.equals(before.isolation(), isolation) ? updated
				: updated.then(replaceMonitors(after.personId(), isolation.monitors()));
	}

	/**
	 * Whether the person is on file, keeping the row from changing its key until the
	 * transaction ends.
	 * @param personId the person
	 * @return whether on file
	 */
	public Mono<Boolean> exists(UUID personId) {
		return this.database.sql("select 1 from persons where person_id = $1 for key share")
			.bind(0, personId)
			.fetch()
			.first()
			.hasElement();
	}

	Flux<Monitor> monitors(UUID personId) {
		return this.database.sql("select name, role, phone from monitors where person_id = $1 order by position")
			.bind(0, personId)
			.map((row) -> new Monitor(row.get("name", String.class), row.get("role", String.class),
					row.get("phone", String.class)))
			.all();
	}

	private Mono<Void> replaceMonitors(UUID personId, List<Monitor> monitors) {
		Mono<Void> deleted = this.database.sql("delete from monitors where person_id = $1")
			.bind(0, personId)
			.fetch()
			.rowsUpdated()
			.then();
		Flux<Long> inserted = Flux.range(0, monitors.size())
			.concatMap((i) -> this.database
				.sql("insert into monitors (person_id, position, name, role, phone) values ($1, $2, $3, $4, $5)")
				.bind(0, personId)
				.bind(1, i)
				.bind(2, monitors.get(i).name())
				.bind(3, monitors.get(i).role())
				.bind(4, monitors.get(i).phone())
				.fetch()
				.rowsUpdated());
		return deleted.thenMany(inserted).then();
	}

	/**
	 * Reads the facts of a file from a row holding {@link #FILE_COLUMNS}.
	 * @param row the row
	 * @param monitors the isolation's monitors, or an empty list where they do not matter
	 * @return the file
	 */
	public static PersonFile file(Readable row, List<Monitor> monitors) {
		String mode = row.get("isolation_mode", String.class);
		Isolation isolation = (mode != null) ? new Isolation(IsolationMode.valueOf(mode),
				row.get("isolation_site", String.class), row.get("isolation_started_on", LocalDate.class), monitors)
				: null;
		return new PersonFile(row.get("person_id", UUID.class), row.get("last_exposure_on", LocalDate.class),
				row.get("observation_ends_on", LocalDate.class), isolation, row.get("suspected_on", LocalDate.class),
				row.get("confirmed_on", LocalDate.class), row.get("transferred_on", LocalDate.class),
				row.get("transfer_facility", String.class), row.get("released_on", LocalDate.class));
	}

	static PersonalData personal(Readable row, String idNumber) {
		return new PersonalData(row.get("name", String.class), idNumber, row.get("phone", String.class),
				row.get("address", String.class));
	}

	private static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, int index,
			T value, Class<T> type) {
		return (value != null) ? spec.bind(index, value) : spec.bindNull(index, type);
	}

}
