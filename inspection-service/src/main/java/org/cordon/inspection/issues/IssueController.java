package org.cordon.inspection.issues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.inspection.IssueFound;
import org.cordon.inspection.issues.domain.IssueRules;
import org.cordon.inspection.issues.domain.IssueStatus;
import org.cordon.inspection.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;

/**
 * {@code POST /api/inspections/issues} and {@code GET /api/inspections/issues}
 * (operator).
 */
@RestController
class IssueController {

	private final RecordingIssues recording;

	private final Issues issues;

	private final Clock clock;

	IssueController(RecordingIssues recording, Issues issues, Clock clock) {
		this.recording = recording;
		this.issues = issues;
		this.clock = clock;
	}

	@PostMapping("/api/inspections/issues")
	Mono<ResponseEntity<IssueAnswer>> record(@RequestBody Mono<RecordIssueRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(IssueRules.check(request.draft(), LocalDate.now(this.clock)));
			IssueFound issue = request.toEvent();
			return this.recording.record(issue, provenance)
				.map((created) -> created.duplicate()
						? ResponseEntity.ok(IssueAnswer.of(created.result(), Answers.DUPLICATE))
						: ResponseEntity.status(HttpStatus.CREATED)
							.body(IssueAnswer.of(created.result(), Answers.CREATED)));
		});
	}

	@GetMapping("/api/inspections/issues")
	Mono<List<IssueState>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String region, Caller caller) {
		caller.require(Role.OPERATOR);
		IssueStatus wanted = blank(status) ? null : IssueStatus.of(status.strip())
			.orElseThrow(() -> ProblemException.invalid("status", "must be one of " + List.of(IssueStatus.values())));
		return this.issues.list(wanted, blank(region) ? null : region.strip()).collectList();
	}

	private static boolean blank(String parameter) {
		return parameter == null || parameter.isBlank();
	}

}
