package org.cordon.checkpoint.turnbacks;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.checkpoint.registry.Checkpoints;
import org.cordon.contracts.checkpoint.VehicleTurnedBack;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Records a turnback once per recordId and announces it. Turnbacks do not change the
 * count totals; those come from count reports only.
 */
@Service
class RecordingTurnbacks {

	private final Checkpoints checkpoints;

	private final Turnbacks turnbacks;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingTurnbacks(Checkpoints checkpoints, Turnbacks turnbacks, ClientIds clientIds, Outbox outbox,
			TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.turnbacks = turnbacks;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<VehicleTurnedBack>> record(VehicleTurnedBack turnback, Provenance provenance) {
		Mono<Created<VehicleTurnedBack>> recording = this.checkpoints.exists(turnback.checkpointId())
			.flatMap((exists) -> exists
					? this.clientIds.createOnce("turnback", turnback.recordId(), turnback, VehicleTurnedBack.class,
							() -> this.turnbacks.insert(turnback)
								.then(this.outbox.append(turnback, provenance))
								.thenReturn(turnback))
					: Mono.error(
							ProblemException.notFound("No checkpoint " + turnback.checkpointId() + " is registered.")));
		return this.transactions.transactional(recording);
	}

}
