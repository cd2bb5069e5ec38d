package org.cordon.quarantine.isolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.quarantine.isolation.domain.IsolationRules;
import org.cordon.quarantine.persons.ChangingFiles;
import org.cordon.quarantine.web.Answers;
import org.cordon.quarantine.web.TransitionAnswer;

/**
 * {@code POST /api/persons/{personId}/isolation}: isolates a person, or moves them.
 */
@RestController
class IsolationController {

	private final ChangingFiles files;

	private final Clock clock;

	IsolationController(ChangingFiles files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	@PostMapping("/api/persons/{personId}/isolation")
	Mono<TransitionAnswer> isolate(@PathVariable UUID personId, @RequestBody Mono<IsolationRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(IsolationRules.check(request.mode(), request.site(), request.startedOn(),
					request.monitorList(), LocalDate.now(this.clock)));
			return this.files.change(personId,
					(locked) -> Mono
						.just(IsolationRules.isolate(locked.file(), locked.person(), request.toIsolation())),
					provenance);
		}).map(TransitionAnswer::of);
	}

}
