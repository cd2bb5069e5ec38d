package org.cordon.reporting.views;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * An advisory lock held on a session of its own, as another transaction (a verification,
 * a swap, a batch of another replica) would hold it, and what waits for it.
 */
final class HeldAdvisoryLock implements AutoCloseable {

	private final Connection holder;

	private final DatabaseClient database;

	private final long key;

	private HeldAdvisoryLock(Connection holder, DatabaseClient database, long key) {
		this.holder = holder;
		this.database = database;
		this.key = key;
	}

	/**
	 * Takes the lock exclusively on a new session.
	 * @param connections where the session comes from
	 * @param database to look at who waits
	 * @param key the advisory lock's key
	 * @return the held lock; close it to end its session
	 */
	static HeldAdvisoryLock take(ConnectionFactory connections, DatabaseClient database, long key) {
		HeldAdvisoryLock lock = new HeldAdvisoryLock(Mono.from(connections.create()).block(), database, key);
		lock.run("select pg_advisory_lock($1)");
		return lock;
	}

	void release() {
		run("select pg_advisory_unlock($1)");
	}

	/**
	 * @return whether some session waits for an advisory lock
	 */
	boolean someoneWaits() {
		Long waiting = this.database
			.sql("select count(*) as waiting from pg_locks where locktype = 'advisory' and not granted")
			.map((row) -> row.get("waiting", Long.class))
			.one()
			.block();
		return waiting != null && waiting > 0;
	}

	private void run(String statement) {
		Flux.from(this.holder.createStatement(statement).bind("$1", this.key).execute())
			.flatMap((result) -> result.map((row, metadata) -> row.get(0)))
			.blockLast();
	}

	@Override
	public void close() {
		Mono.from(this.holder.close()).block();
	}

}
