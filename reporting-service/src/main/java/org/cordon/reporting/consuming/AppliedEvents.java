package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.platform.database.BinaryArray;

/**
 * The ids of the events the views applied. The outbox relay may publish an event twice,
 * at a new offset but with the same {@code ce_id}; claiming the id in the transaction
 * that applies the event lets the second copy change nothing.
 */
@Repository
class AppliedEvents {

	/** How many ids one statement stores. */
	private static final int STORED_AT_ONCE = 50_000;

	private final DatabaseClient database;

	private final CopyingIn copying;

	AppliedEvents(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Claims the ids; call inside the transaction that applies their events. Two
	 * transactions claiming one id serialise on it: the second finds it taken.
	 * @param eventIds distinct ids
	 * @return the ids claimed now, whose events are new
	 */
	Mono<Set<UUID>> claim(Collection<UUID> eventIds) {
		if (eventIds.isEmpty()) {
			return Mono.just(Set.of());
		}
		// the statement inserts them sorted, so that two transactions claiming
		// overlapping ids lock them in one order
		return this.database.sql("""
				insert into applied_events (event_id)
				select id from unnest($1::uuid[]) as id order by id
				on conflict do nothing returning event_id""")
			.bind(0, BinaryArray.uuids(List.copyOf(eventIds), Function.identity()))
			.map((row) -> row.get("event_id", UUID.class))
			.all()
			.collect(Collectors.toSet());
	}

	/**
	 * Stores ids claimed elsewhere, copied in chunks; call inside a transaction, on a
	 * table that holds none of them.
	 * @param eventIds distinct ids
	 * @return completion
	 */
	Mono<Void> store(List<UUID> eventIds) {
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < eventIds.size(); from += STORED_AT_ONCE) {
			chunks.add(eventIds.subList(from, Math.min(eventIds.size(), from + STORED_AT_ONCE)));
		}
		// one after the other: the statements share the transaction's connection
		return Flux.fromIterable(chunks).concatMap((chunk) -> {
			CopyRows rows = CopyRows.into("applied_events", "event_id");
			chunk.forEach((id) -> rows.row().uuid(id));
			return this.copying.copy(rows);
		}).then();
	}

}
