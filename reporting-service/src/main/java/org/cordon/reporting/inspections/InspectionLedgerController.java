package org.cordon.reporting.inspections;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.inspections.domain.Ledger;
import org.cordon.reporting.views.AsOfParameter;
import org.cordon.reporting.views.RegionParameter;

/**
 * {@code GET /api/views/inspections/ledger?region=&asOf=} (viewer). With a region, the
 * totals, the one line and the accountability actions are those of that region's issues.
 */
@RestController
class InspectionLedgerController {

	private final InspectionLedgers ledgers;

	InspectionLedgerController(InspectionLedgers ledgers) {
		this.ledgers = ledgers;
	}

	@GetMapping("/api/views/inspections/ledger")
	Mono<Ledger> ledger(@RequestParam(required = false) String region, @RequestParam(required = false) String asOf,
			Caller caller) {
		caller.require(Role.VIEWER);
		String selected = RegionParameter.read(region);
		return this.ledgers.ledger(selected, AsOfParameter.read(asOf));
	}

}
