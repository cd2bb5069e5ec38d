package org.cordon.reporting.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.platform.database.BinaryArray;

/**
 * The changes the stream holds, by increasing id.
 */
@Repository
public class ViewChanges {

	/** The NOTIFY channel; its payload is the newest id of the transaction. */
	static final String CHANNEL = "view_changes";

	/**
	 * The {@code view} of a change that says every view was replaced by a rebuild: no
	 * view's name, never sent as it is. A subscriber gets fresh snapshots in its place,
	 * and a client that resumes from before it a fresh snapshot instead of the changes.
	 */
	static final String REBUILT = "*rebuilt";

	/**
	 * Taken before inserting, held until commit: changes then commit in the order of
	 * their ids, so a reader that has seen id n can never later find a smaller id
	 * committed.
	 */
	private static final long APPEND_LOCK = 0x636f72646f6e02L;

	private static final String APPEND = """
			with appended as (
			  insert into view_changes (view, data) select * from unnest($1::text[], $2::text[]) returning id)
			select pg_notify('%s', max(id)::text) from appended""".formatted(CHANNEL);

	private final DatabaseClient database;

	ViewChanges(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Holds the changes and announces them at commit; call inside the transaction that
	 * makes them.
	 * @param changes the changes, in order
	 * @return completion
	 */
	public Mono<Void> append(List<ViewChange> changes) {
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql("select pg_advisory_xact_lock($1)")
			.bind(0, APPEND_LOCK)
			.fetch()
			.rowsUpdated()
			.then(this.database.sql(APPEND)
				.bind(0, BinaryArray.texts(changes, ViewChange::view))
				.bind(1, BinaryArray.texts(changes, ViewChange::data))
				.fetch()
				.rowsUpdated())
			.then();
	}

	/**
	 * Announces that every view was replaced; call inside the transaction that replaces
	 * them.
	 * @param rebuildId the rebuild that replaced them
	 * @return completion
	 */
	public Mono<Void> appendRebuilt(String rebuildId) {
		return append(List.of(new ViewChange(REBUILT, "{\"rebuildId\":\"" + rebuildId + "\"}")));
	}

	/**
	 * @param after the last id already read
	 * @param views view names to read, or null for all
	 * @param limit the most rows to read
	 * @return the changes after that id, oldest first
	 */
	Flux<Change> after(long after, List<String> views, int limit) {
		DatabaseClient.GenericExecuteSpec select = this.database.sql("""
				select id, view, data from view_changes
				where id > $1 and ($2::text[] is null or view = any($2::text[]))
				order by id limit $3""").bind(0, after).bind(2, limit);
		select = (views != null) ? select.bind(1, views.toArray(String[]::new)) : select.bindNull(1, String[].class);
		return select
			.map((row) -> Change.of(row.get("id", Long.class), row.get("view", String.class),
					row.get("data", String.class)))
			.all();
	}

	/**
	 * @return the oldest and newest id held, both empty when none is held, and the newest
	 * rebuild held, if any
	 */
	Mono<Held> held() {
		return this.database.sql("""
				select min(id) as oldest, max(id) as newest,
				  (select max(id) from view_changes where view = $1) as rebuilt
				from view_changes""")
			.bind(0, REBUILT)
			.map((row) -> new Held(row.get("oldest", Long.class), row.get("newest", Long.class),
					row.get("rebuilt", Long.class)))
			.one();
	}

	/**
	 * Removes changes older than the age or beyond the count, always keeping the newest,
	 * so that the server can still tell whether a resume would leave a gap.
	 * @param age changes older than this go
	 * @param count at most this many stay
	 * @param now the current instant
	 * @return how many were removed
	 */
	Mono<Long> prune(Duration age, long count, Instant now) {
		return this.database.sql("""
				delete from view_changes
				where id < (select max(id) from view_changes)
				  and (created_at < $1 or id <= (select max(id) from view_changes) - $2)""")
			.bind(0, now.minus(age))
			.bind(1, count)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * The range of ids held.
	 *
	 * @param oldest the smallest, or null
	 * @param newest the largest, or null
	 * @param rebuilt the largest of a rebuild, or null
	 */
	record Held(Long oldest, Long newest, Long rebuilt) {

		long newestOrZero() {
			return (this.newest != null) ? this.newest : 0;
		}

	}

}
