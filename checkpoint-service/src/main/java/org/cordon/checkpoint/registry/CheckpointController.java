package org.cordon.checkpoint.registry;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.checkpoint.registry.domain.CheckpointRules;
import org.cordon.checkpoint.web.Answers;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;

/**
 * {@code POST /api/checkpoints} (admin) and {@code GET /api/checkpoints} (viewer).
 */
@RestController
class CheckpointController {

	private final RegisteringCheckpoints registering;

	private final Checkpoints checkpoints;

	CheckpointController(RegisteringCheckpoints registering, Checkpoints checkpoints) {
		this.registering = registering;
		this.checkpoints = checkpoints;
	}

	@PostMapping("/api/checkpoints")
	Mono<ResponseEntity<CheckpointAnswer>> register(@RequestBody Mono<RegisterCheckpointRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.ADMIN);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(
					CheckpointRules.check(request.checkpointId(), request.name(), request.region(), request.kind()));
			CheckpointRegistered checkpoint = new CheckpointRegistered(request.checkpointId(), request.name().strip(),
					request.region().strip(), request.kind());
			return this.registering.register(checkpoint, provenance)
				.map((created) -> created.duplicate()
						? ResponseEntity.ok(CheckpointAnswer.of(created.result(), Answers.DUPLICATE))
						: ResponseEntity.status(HttpStatus.CREATED)
							.body(CheckpointAnswer.of(created.result(), Answers.CREATED)));
		});
	}

	@GetMapping("/api/checkpoints")
	Mono<List<CheckpointAnswer>> list(Caller caller) {
		caller.require(Role.VIEWER);
		Flux<CheckpointAnswer> all = this.checkpoints.all().map((checkpoint) -> CheckpointAnswer.of(checkpoint, null));
		return all.collectList();
	}

}
