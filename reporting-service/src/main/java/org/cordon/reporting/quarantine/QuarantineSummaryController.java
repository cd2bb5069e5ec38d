package org.cordon.reporting.quarantine;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.quarantine.domain.QuarantineSummary;
import org.cordon.reporting.views.AsOfParameter;
import org.cordon.reporting.views.RegionParameter;

/**
 * {@code GET /api/views/quarantine/summary?region=&asOf=} (viewer): counts only, no
 * personal data.
 */
@RestController
class QuarantineSummaryController {

	private final QuarantineSummaries summaries;

	QuarantineSummaryController(QuarantineSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/api/views/quarantine/summary")
	Mono<QuarantineSummary> summary(@RequestParam(required = false) String region,
			@RequestParam(required = false) String asOf, Caller caller) {
		caller.require(Role.VIEWER);
		String selected = RegionParameter.read(region);
		return this.summaries.summary(selected, AsOfParameter.read(asOf));
	}

}
