package org.cordon.reporting.quarantine;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import org.cordon.reporting.quarantine.domain.QuarantineSummary;
import org.cordon.reporting.stream.ViewSnapshot;
import org.cordon.reporting.stream.domain.View;

/**
 * A quarantine subscriber starts with the summary of the whole city.
 */
@Component
class QuarantineSnapshot implements ViewSnapshot {

	private final QuarantineSummaries summaries;

	QuarantineSnapshot(QuarantineSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public View view() {
		return View.QUARANTINE;
	}

	@Override
	public Mono<QuarantineSummary> now() {
		return this.summaries.summary(null);
	}

}
