package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.DomainEvent;
import org.cordon.reporting.consuming.domain.PositionBook;
import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.stream.ViewChanges;
import org.cordon.reporting.views.LiveTablesLock;

/**
 * Applies a batch of records in one transaction: the views' changes, the changes for the
 * live stream (announced at commit) and the positions after the records all commit
 * together, or none does. A record below its stored position, or an event whose ce_id was
 * applied already, changes nothing. A batch costs the same few statements whatever its
 * size.
 * <p>
 * The same code applies a batch to the live views or to a shadow schema's copies of their
 * tables (a rebuild's or a verification's): the projections name their tables without a
 * schema, and a shadow batch's transaction first sets its {@code search_path} to the
 * shadow schema alone, so that a table it lacks is an error rather than a write to the
 * live views. A shadow batch streams nothing and sends no dead letter: the live consumer
 * did both for the same records.
 */
@Service
class ApplyingRecords {

	/** Marks a shadow build's sessions in {@code pg_stat_activity}. */
	static final String SHADOW_SESSION = "cordon-views-shadow";

	/** A shadow batch's settings, within the caller's transaction. */
	private static final String WITHIN_TRANSACTION = "select set_config('search_path', $1, true),"
			+ " set_config('application_name', $2, true)";

	/**
	 * A shadow batch's settings in a transaction of its own, whose commit need not wait
	 * for the disk: a crash loses a build whole, never a part of the live views (a
	 * rebuild or a verification that dies is started again from the first record, its
	 * schema dropped). The transaction that swaps a build in, or compares it, keeps the
	 * server's setting.
	 */
	private static final String OWN_SHADOW_TRANSACTION = WITHIN_TRANSACTION
			+ ", set_config('synchronous_commit', 'off', true)";

	private final ConsumedPositions positions;

	private final AppliedEvents appliedEvents;

	private final ViewChanges viewChanges;

	private final DeadLetters deadLetters;

	private final LiveTablesLock liveTables;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	ApplyingRecords(ConsumedPositions positions, AppliedEvents appliedEvents, ViewChanges viewChanges,
			DeadLetters deadLetters, LiveTablesLock liveTables, DatabaseClient database,
			TransactionalOperator transactions) {
		this.positions = positions;
		this.appliedEvents = appliedEvents;
		this.viewChanges = viewChanges;
		this.deadLetters = deadLetters;
		this.liveTables = liveTables;
		this.database = database;
		this.transactions = transactions;
	}

	/**
	 * Applies the records to the live views in a transaction of their own, which first
	 * takes the live tables' lock shared (a verification or a swap may hold it).
	 * @param <E> the context's event type
	 * @param projection the projection of the topic all the records come from
	 * @param records the records in the order of their partitions
	 * @return what was done, once committed
	 */
	<E extends DomainEvent> Mono<BatchOutcome> applyLive(Projection<E> projection, List<? extends ReadRecord> records) {
		Mono<BatchOutcome> batch = this.liveTables.share()
			.then(this.positions.read(projection.topic(), partitions(records)))
			.flatMap((stored) -> applyNew(projection, records, new PositionBook(stored), this.appliedEvents::claim,
					true));
		return this.transactions.transactional(batch).defaultIfEmpty(BatchOutcome.NOTHING);
	}

	/**
	 * Applies the records to a shadow schema's tables in a transaction of their own.
	 * @param <E> the context's event type
	 * @param schema the shadow schema
	 * @param projection the projection of the topic all the records come from
	 * @param records the records in the order of their partitions
	 * @param claims where the build claims the events' ids while it holds them in memory;
	 * once handed over, they are claimed in the schema's table
	 * @return what was done, once committed
	 */
	<E extends DomainEvent> Mono<BatchOutcome> applyToShadow(ShadowSchema schema, Projection<E> projection,
			List<? extends ReadRecord> records, ClaimedInMemory claims) {
		return Mono.defer(() -> {
			if (!claims.isHeld()) {
				return this.transactions
					.transactional(
							intoShadow(schema, projection, records, OWN_SHADOW_TRANSACTION, this.appliedEvents::claim))
					.defaultIfEmpty(BatchOutcome.NOTHING);
			}
			// this attempt's claims, taken back if its transaction does not commit
			List<UUID> taken = new ArrayList<>();
			Function<Set<UUID>, Mono<Set<UUID>>> claim = (ids) -> Mono.fromSupplier(() -> {
				Set<UUID> claimed = claims.claim(ids);
				taken.addAll(claimed);
				return claimed;
			});
			return this.transactions
				.transactional(intoShadow(schema, projection, records, OWN_SHADOW_TRANSACTION, claim))
				.defaultIfEmpty(BatchOutcome.NOTHING)
				.doOnError((failure) -> claims.release(taken))
				.doOnCancel(() -> claims.release(taken));
		});
	}

	/**
	 * Stores the ids a build claimed in memory in its schema's {@code applied_events}, in
	 * a transaction of its own; the table has no unique index yet, and the ids are
	 * distinct.
	 * @param schema the shadow schema
	 * @param claims the build's claims, handed over now
	 * @return completion, once committed
	 */
	Mono<Void> storeClaims(ShadowSchema schema, ClaimedInMemory claims) {
		List<UUID> ids = claims.handOver();
		Mono<Void> storing = this.database.sql(OWN_SHADOW_TRANSACTION)
			.bind(0, schema.name())
			.bind(1, SHADOW_SESSION)
			.fetch()
			.rowsUpdated()
			.then(this.appliedEvents.store(ids));
		return this.transactions.transactional(storing);
	}

	/**
	 * Applies the records to a shadow schema's tables inside the caller's transaction,
	 * under a savepoint: if they fail, only their own work is undone and the caller's
	 * transaction goes on.
	 * @param <E> the context's event type
	 * @param schema the shadow schema
	 * @param projection the projection of the topic all the records come from
	 * @param records the records in the order of their partitions
	 * @return what was done, once the savepoint is released
	 */
	<E extends DomainEvent> Mono<BatchOutcome> applyToShadowWithin(ShadowSchema schema, Projection<E> projection,
			List<? extends ReadRecord> records) {
		return execute("savepoint shadow_batch")
			.then(intoShadow(schema, projection, records, WITHIN_TRANSACTION, this.appliedEvents::claim))
			.defaultIfEmpty(BatchOutcome.NOTHING)
			.flatMap((outcome) -> execute("release savepoint shadow_batch").thenReturn(outcome))
			.onErrorResume((failure) -> execute("rollback to savepoint shadow_batch").then(Mono.error(failure)));
	}

	private <E extends DomainEvent> Mono<BatchOutcome> intoShadow(ShadowSchema schema, Projection<E> projection,
			List<? extends ReadRecord> records, String settings, Function<Set<UUID>, Mono<Set<UUID>>> claim) {
		return this.database.sql(settings)
			.bind(0, schema.name())
			.bind(1, SHADOW_SESSION)
			.fetch()
			.rowsUpdated()
			.then(this.positions.read(projection.topic(), partitions(records)))
			.flatMap((stored) -> applyNew(projection, records, new PositionBook(stored), claim, false));
	}

	private Mono<Void> execute(String statement) {
		return this.database.sql(statement).fetch().rowsUpdated().then();
	}

	private static List<Integer> partitions(List<? extends ReadRecord> records) {
		// a partition's records come together: only a change of partition is looked up
		Set<Integer> partitions = new LinkedHashSet<>();
		int last = -1;
		for (ReadRecord record : records) {
			if (record.partition() != last) {
				last = record.partition();
				partitions.add(last);
			}
		}
		return List.copyOf(partitions);
	}

	private <E extends DomainEvent> Mono<BatchOutcome> applyNew(Projection<E> projection,
			List<? extends ReadRecord> records, PositionBook book, Function<Set<UUID>, Mono<Set<UUID>>> claim,
			boolean live) {
		List<ReadRecord.Unreadable> unreadable = new ArrayList<>();
		Map<UUID, Timed<E>> events = new LinkedHashMap<>();
		int alreadyConsumed = 0;
		int duplicatesInBatch = 0;
		for (ReadRecord record : records) {
			if (!book.isNew(record.partition(), record.offset())) {
				alreadyConsumed++;
				continue;
			}
			book.consumed(record.partition(), record.offset());
			if (record instanceof ReadRecord.Unreadable refused) {
				unreadable.add(refused);
			}
			else if (record instanceof ReadRecord.Event read) {
				E event = projection.cast(read.event());
				if (projection.changesAView(event)
						&& events.putIfAbsent(read.eventId(), new Timed<>(event, read.time())) != null) {
					duplicatesInBatch++;
				}
			}
		}
		int skipped = alreadyConsumed;
		int repeated = duplicatesInBatch;
		// blocking send off the database driver's threads; before the commit, so that a
		// position is never stored for a record that is neither applied nor dead-lettered
		Mono<Void> deadLettered = (unreadable.isEmpty() || !live) ? Mono.empty()
				: Mono.fromRunnable(() -> this.deadLetters.send(unreadable))
					.subscribeOn(Schedulers.boundedElastic())
					.then();
		return deadLettered.then(Mono.defer(() -> claim.apply(events.keySet())))
			.flatMap((claimed) -> applyClaimed(projection, events, claimed, live))
			.flatMap((applied) -> this.positions.save(projection.topic(), book.advanced())
				.thenReturn(new BatchOutcome(applied, repeated + events.size() - applied, skipped, unreadable.size())));
	}

	private <E extends DomainEvent> Mono<Integer> applyClaimed(Projection<E> projection, Map<UUID, Timed<E>> events,
			Set<UUID> claimed, boolean live) {
		List<Timed<E>> fresh = (claimed.size() == events.size()) ? List.copyOf(events.values())
				: events.entrySet()
					.stream()
					.filter((entry) -> claimed.contains(entry.getKey()))
					.map(Map.Entry::getValue)
					.toList();
		if (!live) {
			return projection.applyUnstreamed(fresh).thenReturn(fresh.size());
		}
		return projection.applyTimed(fresh).flatMap(this.viewChanges::append).thenReturn(fresh.size());
	}

}
