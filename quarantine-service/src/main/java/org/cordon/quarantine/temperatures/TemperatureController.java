package org.cordon.quarantine.temperatures;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.quarantine.temperatures.domain.Reading;
import org.cordon.quarantine.temperatures.domain.TemperatureRules;
import org.cordon.quarantine.web.Answers;

/**
 * {@code POST /api/persons/{personId}/temperatures}.
 */
@RestController
class TemperatureController {

	private final RecordingTemperatures recording;

	private final Clock clock;

	TemperatureController(RecordingTemperatures recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@PostMapping("/api/persons/{personId}/temperatures")
	Mono<ResponseEntity<TemperatureAnswer>> record(@PathVariable UUID personId,
			@RequestBody Mono<TemperatureRequest> body, Caller caller, Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(TemperatureRules.check(request.at(), request.celsius(), this.clock.instant()));
			Reading reading = new Reading(request.at(), request.celsius());
			return this.recording.record(personId, reading, provenance)
				.map((filed) -> filed
						? ResponseEntity.status(HttpStatus.CREATED)
							.body(TemperatureAnswer.of(personId, reading, Answers.CREATED))
						: ResponseEntity.ok(TemperatureAnswer.of(personId, reading, Answers.DUPLICATE)));
		});
	}

}
