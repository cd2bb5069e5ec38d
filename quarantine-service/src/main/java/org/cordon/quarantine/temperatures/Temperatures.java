package org.cordon.quarantine.temperatures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.quarantine.temperatures.domain.Reading;

/**
 * The readings on file.
 */
@Repository
public class Temperatures {

	private final DatabaseClient database;

	Temperatures(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Files a reading unless one is on file for the same person and instant.
	 * @param personId the person
	 * @param reading the reading
	 * @return true when filed, false when the instant was taken (waiting for a concurrent
	 * post of it to end first)
	 */
	Mono<Boolean> insert(UUID personId, Reading reading) {
		return this.database.sql("""
				insert into temperatures (person_id, at, celsius, fever) values ($1, $2, $3, $4)
				on conflict do nothing""")
			.bind(0, personId)
			.bind(1, reading.at())
			.bind(2, reading.celsius())
			.bind(3, reading.fever())
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<Reading> at(UUID personId, Instant at) {
		return this.database.sql("select at, celsius from temperatures where person_id = $1 and at = $2")
			.bind(0, personId)
			.bind(1, at)
			.map((row) -> new Reading(row.get("at", Instant.class), row.get("celsius", BigDecimal.class)))
			.one();
	}

	/**
	 * @param personId the person
	 * @param from the first instant of interest
	 * @return the person's readings from that instant on, oldest first
	 */
	public Flux<Reading> since(UUID personId, Instant from) {
		return this.database.sql("select at, celsius from temperatures where person_id = $1 and at >= $2 order by at")
			.bind(0, personId)
			.bind(1, from)
			.map((row) -> new Reading(row.get("at", Instant.class), row.get("celsius", BigDecimal.class)))
			.all();
	}

}
