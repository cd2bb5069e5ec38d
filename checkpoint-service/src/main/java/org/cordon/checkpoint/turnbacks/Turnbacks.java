package org.cordon.checkpoint.turnbacks;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.checkpoint.VehicleTurnedBack;

/**
 * The turnback records.
 */
@Repository
class Turnbacks {

	private final DatabaseClient database;

	Turnbacks(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(VehicleTurnedBack turnback) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into turnbacks (record_id, checkpoint_id, at, plate, origin_region, occupants, reason)
				values ($1, $2, $3, $4, $5, $6, $7)""")
			.bind(0, turnback.recordId())
			.bind(1, turnback.checkpointId())
			.bind(2, turnback.at())
			.bind(3, turnback.plate())
			.bind(4, turnback.originRegion())
			.bind(5, turnback.occupants());
		insert = (turnback.reason() != null) ? insert.bind(6, turnback.reason()) : insert.bindNull(6, String.class);
		return insert.fetch().rowsUpdated().then();
	}

}
