package org.cordon.reporting.supplies;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockLine;
import org.cordon.reporting.views.AsOfParameter;

/**
 * {@code GET /api/views/supplies/stock}, {@code …/donations} and {@code …/prices}
 * (viewer). Each takes {@code asOf}.
 */
@RestController
class SupplyViewsController {

	private final Supplies supplies;

	SupplyViewsController(Supplies supplies) {
		this.supplies = supplies;
	}

	@GetMapping("/api/views/supplies/stock")
	Mono<List<StockLine>> stock(@RequestParam(required = false) String asOf, Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.stock(AsOfParameter.read(asOf));
	}

	@GetMapping("/api/views/supplies/donations")
	Mono<DonationTotals> donations(@RequestParam(required = false) String asOf, Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.donations(AsOfParameter.read(asOf));
	}

	@GetMapping("/api/views/supplies/prices")
	Mono<List<PriceLine>> prices(@RequestParam(required = false) String asOf, Caller caller) {
		caller.require(Role.VIEWER);
		return this.supplies.prices(AsOfParameter.read(asOf));
	}

}
