package org.cordon.reporting.inspections;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.reporting.inspections.domain.Ledger;
import org.cordon.reporting.inspections.domain.LedgerAssembly;

/**
 * Answers ledgers from the view, for the API, the live stream's snapshot and the changes
 * a batch makes.
 */
@Service
class InspectionLedgers {

	private final InspectionViews views;

	InspectionLedgers(InspectionViews views) {
		this.views = views;
	}

	/**
	 * @param region one region, or null for the whole city
	 * @param asOf only the events whose time is at or before this instant, or null for
	 * the live ledger
	 * @return the ledger
	 */
	Mono<Ledger> ledger(String region, Instant asOf) {
		return this.views.groups(region, asOf)
			.collectList()
			.flatMap((groups) -> this.views.actionsByKind(region, asOf)
				.map((actions) -> LedgerAssembly.assemble(groups, actions)));
	}

}
