package org.cordon.reporting.supplies;

import java.time.Instant;

import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockLine;
import org.cordon.reporting.supplies.domain.SuppliesView;

/**
 * Answers the supply views from their tables, for the API and the live stream's snapshot.
 */
@Service
class Supplies {

	private final SupplyViews views;

	Supplies(SupplyViews views) {
		this.views = views;
	}

	/**
	 * @return every item, by sku (in Java's order, whatever the database's collation)
	 */
	Mono<List<StockLine>> stock() {
		return this.views.items().map(StockLine::of).sort(Comparator.comparing(StockLine::sku)).collectList();
	}

	/**
	 * @param asOf the instant, or null for the live stock
	 * @return every item as it stood at the instant, by sku
	 */
	Mono<List<StockLine>> stock(Instant asOf) {
		if (asOf == null) {
			return stock();
		}
		return this.views.items(asOf).map(StockLine::of).sort(Comparator.comparing(StockLine::sku)).collectList();
	}

	Mono<DonationTotals> donations() {
		return this.views.donations().map(DonationTotals::of);
	}

	/**
	 * @param asOf the instant, or null for the live totals
	 * @return the totals of the donations whose time is at or before the instant
	 */
	Mono<DonationTotals> donations(Instant asOf) {
		return (asOf != null) ? this.views.donations(asOf).map(DonationTotals::of) : donations();
	}

	/**
	 * @return every commodity, by name
	 */
	Mono<List<PriceLine>> prices() {
		return this.views.prices().map(PriceLine::of).sort(Comparator.comparing(PriceLine::commodity)).collectList();
	}

	/**
	 * @param asOf the instant, or null for the live prices
	 * @return every commodity observed by the instant, with its prices then, by name
	 */
	Mono<List<PriceLine>> prices(Instant asOf) {
		if (asOf == null) {
			return prices();
		}
		return this.views.prices(asOf)
			.map(PriceLine::of)
			.sort(Comparator.comparing(PriceLine::commodity))
			.collectList();
	}

	/**
	 * @return the three views together
	 */
	Mono<SuppliesView> all() {
		return Mono.zip(stock(), donations(), prices())
			.map((views) -> new SuppliesView(views.getT1(), views.getT2(), views.getT3()));
	}

}
