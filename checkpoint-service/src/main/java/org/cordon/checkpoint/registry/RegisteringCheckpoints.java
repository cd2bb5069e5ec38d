package org.cordon.checkpoint.registry;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;

/**
 * Registers a checkpoint once per checkpointId and announces it.
 */
@Service
class RegisteringCheckpoints {

	private final Checkpoints checkpoints;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RegisteringCheckpoints(Checkpoints checkpoints, ClientIds clientIds, Outbox outbox,
			TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<CheckpointRegistered>> register(CheckpointRegistered checkpoint, Provenance provenance) {
		return this.transactions.transactional(this.clientIds.createOnce("checkpoint", checkpoint.checkpointId(),
				checkpoint, CheckpointRegistered.class,
				() -> this.checkpoints.insert(checkpoint)
					.then(this.outbox.append(checkpoint, provenance))
					.thenReturn(checkpoint)));
	}

}
