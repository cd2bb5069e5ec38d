package org.cordon.reporting.checkpoints;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.checkpoints.domain.CheckpointSummary;
import org.cordon.reporting.checkpoints.domain.InvalidQuery;
import org.cordon.reporting.checkpoints.domain.SummaryQuery;

/**
 * {@code GET /api/views/checkpoints/summary?from=&to=&region=&checkpointId=&asOf=}
 * (viewer).
 */
@RestController
class CheckpointSummaryController {

	private final CheckpointSummaries summaries;

	private final Clock clock;

	CheckpointSummaryController(CheckpointSummaries summaries, Clock clock) {
		this.summaries = summaries;
		this.clock = clock;
	}

	@GetMapping("/api/views/checkpoints/summary")
	Mono<CheckpointSummary> summary(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String region,
			@RequestParam(required = false) String checkpointId, @RequestParam(required = false) String asOf,
			Caller caller) {
		caller.require(Role.VIEWER);
		SummaryQuery query;
		try {
			query = SummaryQuery.read(from, to, region, checkpointId, asOf, LocalDate.now(this.clock));
		}
		catch (InvalidQuery ex) {
			throw ProblemException
				.invalid(ex.violations().stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
		return this.summaries.summary(query);
	}

}
