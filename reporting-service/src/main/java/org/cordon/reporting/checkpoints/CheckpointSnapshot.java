package org.cordon.reporting.checkpoints;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import org.cordon.reporting.checkpoints.domain.CheckpointSummary;

import org.cordon.reporting.stream.ViewSnapshot;
import org.cordon.reporting.stream.domain.View;

/**
 * A checkpoints subscriber starts with today's summary.
 */
@Component
class CheckpointSnapshot implements ViewSnapshot {

	private final CheckpointSummaries summaries;

	CheckpointSnapshot(CheckpointSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public View view() {
		return View.CHECKPOINTS;
	}

	@Override
	public Mono<CheckpointSummary> now() {
		return this.summaries.today();
	}

}
