package org.cordon.reporting.views;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Freezes the live views. Every live batch takes this lock shared, first in its
 * transaction; a verification that compares the live views with a build from the log, and
 * a rebuild that swaps its tables in, take it exclusive. While one of those holds it, no
 * live batch runs: the live tables and their consumed positions stay still, so a build
 * can be brought to exactly the same positions. Live batches never wait for each other on
 * it.
 */
@Component
public class LiveTablesLock {

	/**
	 * The advisory lock's key, distinct from those of {@code ViewChanges} and
	 * {@link ViewLock}; public for operators and tests that hold the live views still.
	 */
	public static final long KEY = 0x636f72646f6e20L;

	/** Marks the session that holds the live views still in {@code pg_stat_activity}. */
	public static final String FREEZING_SESSION = "cordon-views-freeze";

	private final DatabaseClient database;

	LiveTablesLock(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Takes the lock shared until the end of the transaction; call first in a live
	 * batch's transaction.
	 * @return completion once held
	 */
	public Mono<Void> share() {
		return this.database.sql("select pg_advisory_xact_lock_shared($1)").bind(0, KEY).fetch().rowsUpdated().then();
	}

	/**
	 * Takes the lock exclusive until the end of the transaction, waiting for the live
	 * batches under way to commit. Every lock the transaction waits for from then on
	 * (this one included) fails after the timeout, so that the live views are never held
	 * still for long, nor readers queued behind a swap that cannot get its tables.
	 * @param lockTimeout the longest wait for any one lock in the rest of the transaction
	 * @return completion once held
	 */
	public Mono<Void> freeze(Duration lockTimeout) {
		return this.database
			.sql("select set_config('lock_timeout', $1, true), set_config('application_name', $2, true)")
			.bind(0, lockTimeout.toMillis() + "ms")
			.bind(1, FREEZING_SESSION)
			.fetch()
			.rowsUpdated()
			.then(this.database.sql("select pg_advisory_xact_lock($1)").bind(0, KEY).fetch().rowsUpdated())
			.then();
	}

}
