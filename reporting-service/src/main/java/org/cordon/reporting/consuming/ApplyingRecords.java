package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.DomainEvent;
import org.cordon.reporting.consuming.domain.PositionBook;
import org.cordon.reporting.stream.ViewChanges;

/**
 * Applies a batch of records in one transaction: the views' changes, the changes for the
 * live stream (announced at commit) and the positions after the records all commit
 * together, or none does. A record below its stored position, or an event whose ce_id was
 * applied already, changes nothing. A batch costs the same few statements whatever its
 * size.
 */
@Service
class ApplyingRecords {

	private final ConsumedPositions positions;

	private final AppliedEvents appliedEvents;

	private final ViewChanges viewChanges;

	private final DeadLetters deadLetters;

	private final TransactionalOperator transactions;

	ApplyingRecords(ConsumedPositions positions, AppliedEvents appliedEvents, ViewChanges viewChanges,
			DeadLetters deadLetters, TransactionalOperator transactions) {
		this.positions = positions;
		this.appliedEvents = appliedEvents;
		this.viewChanges = viewChanges;
		this.deadLetters = deadLetters;
		this.transactions = transactions;
	}

	/**
	 * Applies the records and waits for the commit; runs on the listener's thread.
	 * @param <E> the context's event type
	 * @param projection the projection of the topic all the records come from
	 * @param records the records in the order of their partitions
	 * @return what was done, once committed
	 */
	<E extends DomainEvent> BatchOutcome apply(Projection<E> projection, List<? extends ReadRecord> records) {
		List<Integer> partitions = records.stream().map(ReadRecord::partition).distinct().toList();
		Mono<BatchOutcome> batch = this.positions.read(projection.topic(), partitions)
			.flatMap((stored) -> applyNew(projection, records, new PositionBook(stored)));
		BatchOutcome outcome = this.transactions.transactional(batch).block();
		return (outcome != null) ? outcome : BatchOutcome.NOTHING;
	}

	private <E extends DomainEvent> Mono<BatchOutcome> applyNew(Projection<E> projection,
			List<? extends ReadRecord> records, PositionBook book) {
		List<ReadRecord.Unreadable> unreadable = new ArrayList<>();
		Map<UUID, E> events = new LinkedHashMap<>();
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
				if (projection.changesAView(event) && events.putIfAbsent(read.eventId(), event) != null) {
					duplicatesInBatch++;
				}
			}
		}
		int skipped = alreadyConsumed;
		int repeated = duplicatesInBatch;
		// blocking send off the database driver's threads; before the commit, so that a
		// position is never stored for a record that is neither applied nor dead-lettered
		Mono<Void> deadLettered = unreadable.isEmpty() ? Mono.empty()
				: Mono.fromRunnable(() -> this.deadLetters.send(unreadable))
					.subscribeOn(Schedulers.boundedElastic())
					.then();
		return deadLettered.then(this.appliedEvents.claim(events.keySet()))
			.flatMap((claimed) -> applyClaimed(projection, events, claimed))
			.flatMap((applied) -> this.positions.save(projection.topic(), book.advanced())
				.thenReturn(new BatchOutcome(applied, repeated + events.size() - applied, skipped, unreadable.size())));
	}

	private <E extends DomainEvent> Mono<Integer> applyClaimed(Projection<E> projection, Map<UUID, E> events,
			Set<UUID> claimed) {
		List<E> fresh = events.entrySet()
			.stream()
			.filter((entry) -> claimed.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return projection.apply(fresh).flatMap(this.viewChanges::append).thenReturn(fresh.size());
	}

}
