package org.cordon.checkpoint.fevers;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.checkpoint.registry.Checkpoints;
import org.cordon.contracts.checkpoint.FeverDetected;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Records a fever once per recordId and announces it; it does not change the count
 * totals.
 */
@Service
class RecordingFevers {

	private final Checkpoints checkpoints;

	private final Fevers fevers;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingFevers(Checkpoints checkpoints, Fevers fevers, ClientIds clientIds, Outbox outbox,
			TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.fevers = fevers;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<FeverDetected>> record(FeverDetected fever, Provenance provenance) {
		Mono<Created<FeverDetected>> recording = this.checkpoints.exists(fever.checkpointId())
			.flatMap((exists) -> exists ? this.clientIds.createOnce("fever", fever.recordId(), fever,
					FeverDetected.class,
					() -> this.fevers.insert(fever).then(this.outbox.append(fever, provenance)).thenReturn(fever))
					: Mono
						.error(ProblemException.notFound("No checkpoint " + fever.checkpointId() + " is registered.")));
		return this.transactions.transactional(recording);
	}

}
