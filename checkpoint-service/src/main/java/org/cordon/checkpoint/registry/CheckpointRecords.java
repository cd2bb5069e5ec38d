package org.cordon.checkpoint.registry;

import java.util.UUID;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.checkpoint.CheckpointEvent;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Records a single event of a registered checkpoint (a turnback, a fever) once per
 * recordId, together with its announcement, in one transaction.
 */
@Service
public class CheckpointRecords {

	private final Checkpoints checkpoints;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	CheckpointRecords(Checkpoints checkpoints, ClientIds clientIds, Outbox outbox, TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param <E> the event
	 * @param scope what the record id names, e.g. {@code turnback}
	 * @param recordId the client's id
	 * @param event the event, which is also the record's content
	 * @param type the event's class, to answer a repeat
	 * @param store writes the record's own row
	 * @param provenance who posted it
	 * @return the event, flagged as duplicate on a repeat; 404 for an unknown checkpoint
	 */
	public <E extends CheckpointEvent> Mono<Created<E>> recordOnce(String scope, UUID recordId, E event, Class<E> type,
			Supplier<Mono<Void>> store, Provenance provenance) {
		Mono<Created<E>> recording = this.checkpoints.exists(event.checkpointId())
			.flatMap((exists) -> exists
					? this.clientIds.createOnce(scope, recordId, event, type,
							() -> store.get().then(this.outbox.append(event, provenance)).thenReturn(event))
					: Mono
						.error(ProblemException.notFound("No checkpoint " + event.checkpointId() + " is registered.")));
		return this.transactions.transactional(recording);
	}

}
