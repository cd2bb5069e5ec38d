package org.cordon.reporting.views;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import org.cordon.reporting.stream.domain.View;

/**
 * Serialises the batches that change one view. A projection whose stream change holds a
 * figure summed over many rows (a city's summary, a ledger's totals, the donation total)
 * reads it after its own writes; without this lock two batches of one context applied at
 * once (two listener threads, two replicas) would each read the figure without the
 * other's uncommitted rows, and the later change would be missing the earlier batch.
 * Taken first in the batch's transaction, before any write of the view, and held until
 * commit: the second batch then starts after the first committed and sees it.
 */
@Component
public class ViewLock {

	/** Distinct from the lock of {@code ViewChanges}; one key per view. */
	private static final long FIRST_KEY = 0x636f72646f6e10L;

	private final DatabaseClient database;

	ViewLock(DatabaseClient database) {
		this.database = database;
	}

	static long key(View view) {
		return FIRST_KEY + view.ordinal();
	}

	/**
	 * Waits for the view's lock; call inside the batch's transaction.
	 * @param view the view the batch changes
	 * @return completion once the lock is held
	 */
	public Mono<Void> acquire(View view) {
		return this.database.sql("select pg_advisory_xact_lock($1)").bind(0, key(view)).fetch().rowsUpdated().then();
	}

}
