package org.cordon.reporting.inspections;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import org.cordon.reporting.inspections.domain.Ledger;
import org.cordon.reporting.stream.ViewSnapshot;
import org.cordon.reporting.stream.domain.View;

/**
 * An inspections subscriber starts with the ledger of the whole city.
 */
@Component
class InspectionSnapshot implements ViewSnapshot {

	private final InspectionLedgers ledgers;

	InspectionSnapshot(InspectionLedgers ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	public View view() {
		return View.INSPECTIONS;
	}

	@Override
	public Mono<Ledger> now() {
		return this.ledgers.ledger(null, null);
	}

}
