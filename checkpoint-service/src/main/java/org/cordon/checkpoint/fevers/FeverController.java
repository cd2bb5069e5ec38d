package org.cordon.checkpoint.fevers;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.checkpoint.fevers.domain.FeverRules;
import org.cordon.checkpoint.registry.CheckpointRecords;
import org.cordon.checkpoint.web.Answers;
import org.cordon.checkpoint.web.RecordAnswer;
import org.cordon.contracts.checkpoint.FeverDetected;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;

/**
 * {@code POST /api/checkpoints/{checkpointId}/fevers}.
 */
@RestController
class FeverController {

	private final CheckpointRecords records;

	private final Fevers fevers;

	private final Clock clock;

	FeverController(CheckpointRecords records, Fevers fevers, Clock clock) {
		this.records = records;
		this.fevers = fevers;
		this.clock = clock;
	}

	@PostMapping("/api/checkpoints/{checkpointId}/fevers")
	Mono<ResponseEntity<RecordAnswer>> fever(@PathVariable UUID checkpointId, @RequestBody Mono<FeverRequest> body,
			Caller caller, Provenance provenance) {
		caller.requireCheckpoint(checkpointId);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(FeverRules.check(request.recordId(), request.at(), request.temperatureCelsius(),
					request.referredTo(), this.clock.instant()));
			// one decimal, as the contract says, so 37.80 and 37.8 are the same reading
			FeverDetected fever = new FeverDetected(checkpointId, request.recordId(), request.at(),
					request.temperatureCelsius().setScale(1, RoundingMode.UNNECESSARY), request.referredTo().strip());
			return this.records
				.recordOnce("fever", request.recordId(), fever, FeverDetected.class, () -> this.fevers.insert(fever),
						provenance)
				.map((created) -> RecordAnswer.of(request.recordId(), created));
		});
	}

}
