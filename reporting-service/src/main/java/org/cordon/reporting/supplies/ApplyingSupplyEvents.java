package org.cordon.reporting.supplies;

import java.time.Clock;
import java.time.Instant;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyEvents;
import org.cordon.reporting.consuming.Projection;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.stream.ViewChange;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.supplies.domain.DonationContributions;
import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.PriceContributions;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockContributions;
import org.cordon.reporting.supplies.domain.StockLine;
import org.cordon.reporting.supplies.domain.SupplyChanges;
import org.cordon.reporting.supplies.domain.SupplyEventChecks;
import org.cordon.reporting.views.ViewLock;

/**
 * Applies a batch of supply events inside the caller's transaction: under the view's lock
 * (the donation total is read after the batch's writes), at most two upserts for the
 * items (their totals, and what their events told at each instant, for the stock as of an
 * instant), two for the donations (their totals, and what they contributed at each
 * instant, for the totals as of an instant; then a read of their three totals) and one
 * for the prices, whatever the batch's size. {@code StockLow} changes nothing: the view
 * figures low stock from its own totals.
 */
@Service
class ApplyingSupplyEvents implements Projection<SupplyEvent> {

	private final SupplyViews views;

	private final Supplies supplies;

	private final ViewLock lock;

	private final JsonMapper json;

	private final Clock clock;

	ApplyingSupplyEvents(SupplyViews views, Supplies supplies, ViewLock lock, JsonMapper json, Clock clock) {
		this.views = views;
		this.supplies = supplies;
		this.lock = lock;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String topic() {
		return SupplyEvents.TOPIC;
	}

	@Override
	public Class<SupplyEvent> eventType() {
		return SupplyEvent.class;
	}

	@Override
	public List<String> problems(SupplyEvent event) {
		return SupplyEventChecks.problems(event);
	}

	@Override
	public boolean changesAView(SupplyEvent event) {
		return SupplyChanges.matters(event);
	}

	/**
	 * Applies events without their times, as of the instant they are applied; the
	 * consumer calls {@link #applyTimed(List)}.
	 * @param events new events, in the order they were published within each partition
	 * @return the changes for the live stream
	 */
	@Override
	public Mono<List<ViewChange>> apply(List<SupplyEvent> events) {
		Instant now = this.clock.instant();
		return applyTimed(events.stream().map((event) -> new Timed<>(event, now)).toList());
	}

	/**
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return one change for the live stream, naming the items and commodities changed
	 * with their rows after the batch, and the donation totals if a donation arrived
	 */
	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<SupplyEvent>> events) {
		SupplyChanges changes = new SupplyChanges();
		DonationContributions contributions = new DonationContributions();
		StockContributions stockContributions = new StockContributions();
		PriceContributions priceContributions = new PriceContributions();
		for (Timed<SupplyEvent> timed : events) {
			changes.add(timed.event());
			stockContributions.add(timed.event(), timed.time());
			if (timed.event() instanceof PriceObserved observation) {
				priceContributions.add(observation, timed.time());
			}
			if (timed.event() instanceof DonationReceived donation) {
				contributions.add(donation, timed.time());
			}
		}
		if (changes.isEmpty()) {
			return Mono.just(List.of());
		}
		Mono<List<StockLine>> stock = this.views.addStockContributions(stockContributions.changes())
			.thenMany(this.views.addToItems(changes.items()))
			.map(StockLine::of)
			.sort(Comparator.comparing(StockLine::sku))
			.collectList();
		Mono<Optional<DonationTotals>> donations = changes.donations().isEmpty() ? Mono.just(Optional.empty())
				: this.views.addToDonations(changes.donations(), changes.donationCounts())
					.then(this.views.addDonationContributions(contributions.changes()))
					.then(this.supplies.donations())
					.map(Optional::of);
		Mono<List<PriceLine>> prices = this.views.addPriceContributions(priceContributions.changes())
			.thenMany(this.views.mergePrices(changes.prices()))
			.map(PriceLine::of)
			.sort(Comparator.comparing(PriceLine::commodity))
			.collectList();
		// one after the other: the statements share the transaction's connection
		return this.lock.acquire(View.SUPPLIES)
			.then(stock)
			.flatMap((items) -> donations.flatMap((totals) -> prices
				.map((commodities) -> List.of(new ViewChange(SuppliesChanged.VIEW, this.json.writeValueAsString(
						new SuppliesChanged(SuppliesChanged.VIEW, items, totals.orElse(null), commodities)))))));
	}

}
