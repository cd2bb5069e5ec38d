package org.cordon.reporting.supplies;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockLine;

/**
 * {@code GET /api/views/supplies/stock}, {@code …/donations} and {@code …/prices}
 * (viewer). They take no parameters.
 */
@RestController
class SupplyViewsController {

	private final Supplies supplies;

	SupplyViewsController(Supplies supplies) {
		this.supplies = supplies;
	}

	@GetMapping("/api/views/supplies/stock")
	Mono<List<StockLine>> stock(Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.stock();
	}

	@GetMapping("/api/views/supplies/donations")
	Mono<DonationTotals> donations(Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.donations();
	}

	@GetMapping("/api/views/supplies/prices")
	Mono<List<PriceLine>> prices(Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.prices();
	}

}
