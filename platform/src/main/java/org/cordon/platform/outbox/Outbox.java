package org.cordon.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.platform.cloudevents.EventCodec;
import org.cordon.platform.cloudevents.EventIds;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.database.BinaryArray;

/**
 * Records events in the same transaction as the change they announce. Call it inside the
 * caller's transaction: if the change rolls back, so do its events. Once the transaction
 * committed, the relays are told.
 */
public class Outbox {

	/**
	 * One statement for any number of events, each column bound as one array, in order:
	 * the rows take their {@code seq} in the order of the events.
	 */
	private static final String INSERT = """
			insert into outbox (event_id, topic, event_key, event_type, source, occurred_at, actor, traceparent, payload)
			select id, topic, event_key, event_type, $5, $6::timestamptz, actor, traceparent, payload
			  from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $7::text[], $8::text[], $9::text[])
			       with ordinality as e (id, topic, event_key, event_type, actor, traceparent, payload, n)
			 order by n""";

	private final DatabaseClient database;

	private final String source;

	private final Clock clock;

	private final Runnable announce;

	/**
	 * @param database the service's database
	 * @param source the CloudEvents source of its events
	 * @param clock when a change happens
	 * @param announce tells the relays after commit that rows are waiting
	 */
	public Outbox(DatabaseClient database, String source, Clock clock, Runnable announce) {
		this.database = database;
		this.source = source;
		this.clock = clock;
		this.announce = announce;
	}

	public Mono<Void> append(DomainEvent event, Provenance provenance) {
		return append(List.of(event), provenance);
	}

	/**
	 * Adds the events, in order, with one round trip.
	 * @param events the events of one change
	 * @param provenance who caused them, within which trace
	 * @return completion, inside the caller's transaction
	 */
	public Mono<Void> append(List<? extends DomainEvent> events, Provenance provenance) {
		return appendAll(events.stream().map((event) -> new Entry(event, provenance)).toList());
	}

	/**
	 * Adds the events of several callers' changes, in order, with one round trip: each
	 * event keeps its own caller's actor and trace.
	 * @param entries the events, each with who caused it
	 * @return completion, inside the caller's transaction
	 */
	public Mono<Void> appendAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return Mono.empty();
		}
		Instant now = this.clock.instant();
		Mono<Void> rows = this.database.sql(INSERT)
			.bind(0, BinaryArray.uuids(entries, (entry) -> EventIds.next(now)))
			.bind(1, BinaryArray.texts(entries, (entry) -> EventCatalog.of(entry.event()).topic()))
			.bind(2, BinaryArray.texts(entries, (entry) -> entry.event().subject()))
			.bind(3, BinaryArray.texts(entries, (entry) -> entry.event().type()))
			.bind(4, this.source)
			.bind(5, now.toString())
			.bind(6, BinaryArray.texts(entries, (entry) -> entry.provenance().actor()))
			.bind(7, BinaryArray.texts(entries, (entry) -> entry.provenance().traceparent()))
			.bind(8, BinaryArray.texts(entries, (entry) -> EventCodec.write(entry.event())))
			.fetch()
			.rowsUpdated()
			.then();
		return announceAfterCommit()
			.flatMap((registered) -> registered ? rows : rows.then(Mono.fromRunnable(this.announce)));
	}

	/**
	 * Asks the surrounding transaction to announce the rows once it committed: a relay
	 * woken earlier would not see them, and one woken for a rollback finds nothing.
	 * @return whether there is a transaction to ask; without one the insert committed
	 * itself
	 */
	private Mono<Boolean> announceAfterCommit() {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isSynchronizationActive)
			.map((synchronizations) -> {
				synchronizations.registerSynchronization(new TransactionSynchronization() {
					@Override
					public Mono<Void> afterCommit() {
						return Mono.fromRunnable(Outbox.this.announce);
					}
				});
				return true;
			})
			.defaultIfEmpty(false)
			.onErrorResume(NoTransactionException.class, (none) -> Mono.just(false));
	}

	/**
	 * An event and who caused it.
	 *
	 * @param event the event
	 * @param provenance its caller's actor and trace
	 */
	public record Entry(DomainEvent event, Provenance provenance) {
	}

}
