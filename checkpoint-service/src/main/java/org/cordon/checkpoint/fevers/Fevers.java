package org.cordon.checkpoint.fevers;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.checkpoint.FeverDetected;

/**
 * The fever records.
 */
@Repository
class Fevers {

	private final DatabaseClient database;

	Fevers(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(FeverDetected fever) {
		return this.database.sql("""
				insert into fevers (record_id, checkpoint_id, at, temperature_celsius, referred_to)
				values ($1, $2, $3, $4, $5)""")
			.bind(0, fever.recordId())
			.bind(1, fever.checkpointId())
			.bind(2, fever.at())
			.bind(3, fever.temperatureCelsius())
			.bind(4, fever.referredTo())
			.fetch()
			.rowsUpdated()
			.then();
	}

}
