package org.cordon.reporting.quarantine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.reporting.quarantine.domain.Moment;
import org.cordon.reporting.quarantine.domain.PersonGroup;
import org.cordon.reporting.quarantine.domain.QuarantineSummary;
import org.cordon.reporting.quarantine.domain.QuarantineSummaryAssembly;

/**
 * Answers quarantine summaries from the view, now by the injected clock: for the API, the
 * live stream's snapshot, and the changes a batch makes.
 */
@Service
class QuarantineSummaries {

	private final QuarantineViews views;

	private final Clock clock;

	QuarantineSummaries(QuarantineViews views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	/**
	 * @param region one region, or null for the whole city
	 * @return the summary now
	 */
	Mono<QuarantineSummary> summary(String region) {
		return this.views.groups(now(), region).collectList().map(QuarantineSummaryAssembly::assemble);
	}

	/**
	 * @param region one region, or null for the whole city
	 * @param asOf the instant, or null for now
	 * @return the summary from the events at or before the instant, with due for release
	 * and the fevers of the last 24 hours counted at that instant
	 */
	Mono<QuarantineSummary> summary(String region, Instant asOf) {
		if (asOf == null) {
			return summary(region);
		}
		return this.views.groups(asOf, Moment.at(asOf, this.clock.getZone()), region)
			.collectList()
			.map(QuarantineSummaryAssembly::assemble);
	}

	/**
	 * Every person's groups now, to summarise the city and its regions from one read.
	 * @return the groups of the whole city
	 */
	Mono<List<PersonGroup>> cityGroups() {
		return this.views.groups(now(), null).collectList();
	}

	private Moment now() {
		return Moment.at(this.clock.instant(), this.clock.getZone());
	}

}
