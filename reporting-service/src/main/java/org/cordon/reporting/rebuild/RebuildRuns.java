package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.reporting.rebuild.domain.RebuildProgress;
import org.cordon.reporting.rebuild.domain.RebuildState;
import org.cordon.reporting.rebuild.domain.ViewTables;

/**
 * The rebuilds' rows: who runs, how far each came, how each ended. The database's clock
 * times the heartbeats, so instances with clocks apart agree on which rebuild died.
 */
@Repository
class RebuildRuns {

	private static final String TABLE = ViewTables.LIVE_SCHEMA + ".view_rebuilds";

	private final DatabaseClient database;

	RebuildRuns(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Takes the one running slot, across instances.
	 * @param rebuildId the new rebuild
	 * @return whether it was taken: false while another rebuild runs
	 */
	Mono<Boolean> start(UUID rebuildId) {
		return this.database
			.sql("insert into " + TABLE + " (rebuild_id, state) values ($1, 'RUNNING') on conflict do nothing")
			.bind(0, rebuildId)
			.fetch()
			.rowsUpdated()
			.map((inserted) -> inserted == 1);
	}

	/**
	 * Marks failed every running rebuild whose heartbeat stopped.
	 * @param after how long without a heartbeat a rebuild is taken for dead
	 * @return the rebuilds marked
	 */
	Flux<UUID> abandonSilent(Duration after) {
		return this.database.sql("update " + TABLE + """
				 set state = 'FAILED', finished_at = now(),
				  failure = 'abandoned: no heartbeat since ' || heartbeat_at
				where state = 'RUNNING' and heartbeat_at < now() - $1 * interval '1 millisecond'
				returning rebuild_id""")
			.bind(0, after.toMillis())
			.map((row) -> row.get("rebuild_id", UUID.class))
			.all();
	}

	/**
	 * Stores the progress and beats the heartbeat.
	 * @param rebuildId the rebuild
	 * @param progress how far it came
	 * @return whether it still runs: false when it was taken for dead meanwhile
	 */
	Mono<Boolean> progress(UUID rebuildId, RebuildProgress progress) {
		return this.database.sql("update " + TABLE + """
				 set events_applied = $2, events_total = $3, heartbeat_at = now()
				where rebuild_id = $1 and state = 'RUNNING'""")
			.bind(0, rebuildId)
			.bind(1, progress.eventsApplied())
			.bind(2, progress.eventsTotal())
			.fetch()
			.rowsUpdated()
			.map((updated) -> updated == 1);
	}

	/**
	 * Marks the rebuild done; call inside the transaction that swaps its tables in.
	 * @param rebuildId the rebuild
	 * @param progress how far it came: all the way
	 * @return completion; an error when the rebuild no longer runs, so that a rebuild
	 * taken for dead never swaps
	 */
	Mono<Void> finish(UUID rebuildId, RebuildProgress progress) {
		return this.database.sql("update " + TABLE + """
				 set state = 'DONE', events_applied = $2, events_total = $3, heartbeat_at = now(), finished_at = now()
				where rebuild_id = $1 and state = 'RUNNING'""")
			.bind(0, rebuildId)
			.bind(1, progress.eventsApplied())
			.bind(2, progress.eventsTotal())
			.fetch()
			.rowsUpdated()
			.flatMap((updated) -> (updated == 1) ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("Rebuild " + rebuildId + " no longer runs")));
	}

	/**
	 * @param rebuildId the rebuild
	 * @param reason why it failed, without personal data (the views hold none)
	 * @return completion; a rebuild that ended already is left as it ended
	 */
	Mono<Void> fail(UUID rebuildId, String reason) {
		return this.database.sql("update " + TABLE + """
				 set state = 'FAILED', failure = $2, finished_at = now()
				where rebuild_id = $1 and state = 'RUNNING'""")
			.bind(0, rebuildId)
			.bind(1, reason)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * @param rebuildId a rebuild
	 * @return its status, or empty when there is no such rebuild
	 */
	Mono<RebuildStatus> find(UUID rebuildId) {
		return this.database
			.sql("select state, events_applied, events_total, failure from " + TABLE + " where rebuild_id = $1")
			.bind(0, rebuildId)
			.map((row) -> new RebuildStatus(RebuildState.valueOf(row.get("state", String.class)),
					row.get("events_applied", Long.class), row.get("events_total", Long.class),
					row.get("failure", String.class)))
			.one();
	}

}
