package org.cordon.reporting.checkpoints;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.reporting.checkpoints.domain.CheckpointSummary;
import org.cordon.reporting.checkpoints.domain.SummaryAssembly;
import org.cordon.reporting.checkpoints.domain.SummaryQuery;

/**
 * Answers summaries from the view, for the API and for the live stream's snapshot.
 */
@Service
public class CheckpointSummaries {

	private final CheckpointViews views;

	private final Clock clock;

	CheckpointSummaries(CheckpointViews views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	public Mono<CheckpointSummary> summary(SummaryQuery query) {
		return this.views.checkpoints(query)
			.collectList()
			.zipWith(this.views.days(query).collectList())
			.map((selected) -> SummaryAssembly.assemble(query, selected.getT1(), selected.getT2()));
	}

	/**
	 * Every checkpoint's totals of the current day in the platform's time zone: what the
	 * live stream's snapshot shows.
	 * @return the summary of today
	 */
	public Mono<CheckpointSummary> today() {
		LocalDate today = LocalDate.now(this.clock);
		return summary(new SummaryQuery(today, today, null, null));
	}

}
