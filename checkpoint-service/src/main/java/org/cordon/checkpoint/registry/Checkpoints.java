package org.cordon.checkpoint.registry;

import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;

/**
 * The registered checkpoints.
 */
@Repository
public class Checkpoints {

	private final DatabaseClient database;

	Checkpoints(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(CheckpointRegistered checkpoint) {
		return this.database.sql("insert into checkpoints (checkpoint_id, name, region, kind) values ($1, $2, $3, $4)")
			.bind(0, checkpoint.checkpointId())
			.bind(1, checkpoint.name())
			.bind(2, checkpoint.region())
			.bind(3, checkpoint.kind().name())
			.fetch()
			.rowsUpdated()
			.then();
	}

	Flux<CheckpointRegistered> all() {
		return this.database.sql("select checkpoint_id, name, region, kind from checkpoints order by region, name")
			.map((row) -> new CheckpointRegistered(row.get("checkpoint_id", UUID.class), row.get("name", String.class),
					row.get("region", String.class), CheckpointKind.valueOf(row.get("kind", String.class))))
			.all();
	}

	/**
	 * Locks the checkpoint for the rest of the transaction, so that reports of one
	 * checkpoint are filed one transaction after the other; call inside a transaction.
	 * @param checkpointId the checkpoint
	 * @return whether it exists
	 */
	public Mono<Boolean> lockForFiling(UUID checkpointId) {
		return this.database.sql("select 1 from checkpoints where checkpoint_id = $1 for update")
			.bind(0, checkpointId)
			.fetch()
			.first()
			.hasElement();
	}

	/**
	 * Locks several checkpoints for the rest of the transaction, in the order of their
	 * ids, so that transactions locking overlapping sets wait rather than deadlock; call
	 * inside a transaction.
	 * @param checkpointIds the checkpoints
	 * @return those that exist
	 */
	public Flux<UUID> lockAllForFiling(Collection<UUID> checkpointIds) {
		return this.database.sql(
				"select checkpoint_id from checkpoints where checkpoint_id = any($1) order by checkpoint_id for update")
			.bind(0, checkpointIds.toArray(UUID[]::new))
			.map((row) -> row.get("checkpoint_id", UUID.class))
			.all();
	}

	/**
	 * Whether the checkpoint exists, keeping it from being removed until the transaction
	 * ends.
	 * @param checkpointId the checkpoint
	 * @return whether it exists
	 */
	public Mono<Boolean> exists(UUID checkpointId) {
		return this.database.sql("select 1 from checkpoints where checkpoint_id = $1 for key share")
			.bind(0, checkpointId)
			.fetch()
			.first()
			.hasElement();
	}

}
