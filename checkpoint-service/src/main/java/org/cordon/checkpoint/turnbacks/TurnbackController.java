package org.cordon.checkpoint.turnbacks;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.checkpoint.turnbacks.domain.TurnbackRules;
import org.cordon.checkpoint.registry.CheckpointRecords;
import org.cordon.checkpoint.web.Answers;
import org.cordon.checkpoint.web.RecordAnswer;
import org.cordon.contracts.checkpoint.VehicleTurnedBack;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;

/**
 * {@code POST /api/checkpoints/{checkpointId}/turnbacks}.
 */
@RestController
class TurnbackController {

	private final CheckpointRecords records;

	private final Turnbacks turnbacks;

	private final Clock clock;

	TurnbackController(CheckpointRecords records, Turnbacks turnbacks, Clock clock) {
		this.records = records;
		this.turnbacks = turnbacks;
		this.clock = clock;
	}

	@PostMapping("/api/checkpoints/{checkpointId}/turnbacks")
	Mono<ResponseEntity<RecordAnswer>> turnback(@PathVariable UUID checkpointId,
			@RequestBody Mono<TurnbackRequest> body, Caller caller, Provenance provenance) {
		caller.requireCheckpoint(checkpointId);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(TurnbackRules.check(request.recordId(), request.at(), request.plate(),
					request.originRegion(), request.occupants(), request.reason(), this.clock.instant()));
			VehicleTurnedBack turnback = new VehicleTurnedBack(checkpointId, request.recordId(), request.at(),
					request.plate().strip(), request.originRegion().strip(), request.occupants(), request.reason());
			return this.records
				.recordOnce("turnback", request.recordId(), turnback, VehicleTurnedBack.class,
						() -> this.turnbacks.insert(turnback), provenance)
				.map((created) -> RecordAnswer.of(request.recordId(), created));
		});
	}

}
