package org.cordon.reporting.inspections;

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
	 * @return the ledger
	 */
	Mono<Ledger> ledger(String region) {
		return this.views.groups(region)
			.collectList()
			.flatMap((groups) -> this.views.actionsByKind(region)
				.map((actions) -> LedgerAssembly.assemble(groups, actions)));
	}

}
