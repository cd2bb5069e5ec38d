package org.cordon.reporting.rebuild;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.rebuild.domain.Verdict;

/**
 * {@code GET /api/admin/views/verify} (admin) → {@code {consistent, differences: [{view,
 * key, live, expected}], truncated}}, recomputed from the log.
 */
@RestController
class VerifyController {

	private final VerifyingViews verifying;

	VerifyController(VerifyingViews verifying) {
		this.verifying = verifying;
	}

	@GetMapping("/api/admin/views/verify")
	Mono<Verdict> verify(Caller caller) {
		caller.require(Role.ADMIN);
		return Mono.fromCallable(this.verifying::verify)
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(LockTimeouts::isLockTimeout,
					(failure) -> new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable",
							"The live views stayed too busy to be held still for the comparison; retry later.")));
	}

}
