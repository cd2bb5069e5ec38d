package org.cordon.inspection.accountability;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.inspection.accountability.domain.AccountabilityRules;
import org.cordon.inspection.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;

/**
 * {@code POST /api/inspections/accountability} (operator).
 */
@RestController
class AccountabilityController {

	private final ImposingAccountability imposing;

	private final Clock clock;

	AccountabilityController(ImposingAccountability imposing, Clock clock) {
		this.imposing = imposing;
		this.clock = clock;
	}

	@PostMapping("/api/inspections/accountability")
	Mono<ResponseEntity<AccountabilityAnswer>> impose(@RequestBody Mono<AccountabilityRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(AccountabilityRules.check(request.actionId(), request.subject(), request.kind(),
					request.on(), LocalDate.now(this.clock)));
			return this.imposing.impose(request.toEvent(), provenance)
				.map((created) -> created.duplicate()
						? ResponseEntity.ok(AccountabilityAnswer.of(created.result(), Answers.DUPLICATE))
						: ResponseEntity.status(HttpStatus.CREATED)
							.body(AccountabilityAnswer.of(created.result(), Answers.CREATED)));
		});
	}

}
