package org.cordon.inspection.issues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.inspection.issues.domain.RectificationRules;
import org.cordon.inspection.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;

/**
 * {@code POST /api/inspections/issues/{issueId}/rectification} (operator): 200 when
 * rectified, 200 {@code DUPLICATE} for the same day again, 409 for another day.
 */
@RestController
class RectificationController {

	private final RectifyingIssues rectifying;

	private final Clock clock;

	RectificationController(RectifyingIssues rectifying, Clock clock) {
		this.rectifying = rectifying;
		this.clock = clock;
	}

	@PostMapping("/api/inspections/issues/{issueId}/rectification")
	Mono<RectificationAnswer> rectify(@PathVariable UUID issueId, @RequestBody Mono<RectificationRequest> body,
			Caller caller, Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers.refuseIfAny(RectificationRules.check(request.rectifiedOn(), request.note(), today));
			return this.rectifying.rectify(issueId, request.rectifiedOn(), request.strippedNote(), today, provenance);
		});
	}

}
