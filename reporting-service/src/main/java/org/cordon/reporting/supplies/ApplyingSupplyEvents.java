package org.cordon.reporting.supplies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.stream.ViewChange;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.supplies.domain.CommodityPrices;
import org.cordon.reporting.supplies.domain.DonationContributions;
import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.ItemStock;
import org.cordon.reporting.supplies.domain.PriceContributions;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockContributions;
import org.cordon.reporting.supplies.domain.StockLine;
import org.cordon.reporting.supplies.domain.SupplyChanges;
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
class ApplyingSupplyEvents implements SupplyProjection {

	private final SupplyViews views;

	private final Supplies supplies;

	private final ViewLock lock;

	private final JsonMapper json;

	ApplyingSupplyEvents(SupplyViews views, Supplies supplies, ViewLock lock, JsonMapper json) {
		this.views = views;
		this.supplies = supplies;
		this.lock = lock;
		this.json = json;
	}

	@Override
	public boolean changesAView(SupplyEvent event) {
		return SupplyChanges.matters(event);
	}

	/**
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return one change for the live stream, naming the items and commodities changed
	 * with their rows after the batch, and the donation totals if a donation arrived
	 */
	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<SupplyEvent>> events) {
		Gathered gathered = Gathered.of(events);
		SupplyChanges changes = gathered.changes();
		if (changes.isEmpty()) {
			return Mono.just(List.of());
		}
		Mono<List<StockLine>> stock = writeItems(gathered).map(StockLine::of)
			.sort(Comparator.comparing(StockLine::sku))
			.collectList();
		Mono<Optional<DonationTotals>> donations = changes.donations().isEmpty() ? Mono.just(Optional.empty())
				: writeDonations(gathered).then(this.supplies.donations()).map(Optional::of);
		Mono<List<PriceLine>> prices = writePrices(gathered).map(PriceLine::of)
			.sort(Comparator.comparing(PriceLine::commodity))
			.collectList();
		// one after the other: the statements share the transaction's connection
		return this.lock.acquire(View.SUPPLIES)
			.then(stock)
			.flatMap((items) -> donations.flatMap((totals) -> prices
				.map((commodities) -> List.of(new ViewChange(SuppliesChanged.VIEW, this.json.writeValueAsString(
						new SuppliesChanged(SuppliesChanged.VIEW, items, totals.orElse(null), commodities)))))));
	}

	/**
	 * The same writes as {@link #applyTimed(List)}, without the view's lock and the read
	 * of the donation totals that only the live stream needs.
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return completion
	 */
	@Override
	public Mono<Void> applyUnstreamed(List<Timed<SupplyEvent>> events) {
		Gathered gathered = Gathered.of(events);
		if (gathered.changes().isEmpty()) {
			return Mono.empty();
		}
		Mono<Void> donations = gathered.changes().donations().isEmpty() ? Mono.empty() : writeDonations(gathered);
		// one after the other: the statements share the transaction's connection
		return writeItems(gathered).then(donations).thenMany(writePrices(gathered)).then();
	}

	/**
	 * @return the items' totals after the batch
	 */
	private Flux<ItemStock> writeItems(Gathered gathered) {
		return this.views.addStockContributions(gathered.stock().changes())
			.thenMany(this.views.addToItems(gathered.changes().items()));
	}

	private Mono<Void> writeDonations(Gathered gathered) {
		SupplyChanges changes = gathered.changes();
		return this.views.addToDonations(changes.donations(), changes.donationCounts())
			.then(this.views.addDonationContributions(gathered.donations().changes()));
	}

	/**
	 * @return the prices of the commodities observed, after the batch
	 */
	private Flux<CommodityPrices> writePrices(Gathered gathered) {
		return this.views.addPriceContributions(gathered.prices().changes())
			.thenMany(this.views.mergePrices(gathered.changes().prices()));
	}

	/**
	 * A batch's changes of the views' rows, and what its events contributed at each
	 * instant.
	 */
	private record Gathered(SupplyChanges changes, DonationContributions donations, StockContributions stock,
			PriceContributions prices) {

		static Gathered of(List<Timed<SupplyEvent>> events) {
			Gathered gathered = new Gathered(new SupplyChanges(), new DonationContributions(), new StockContributions(),
					new PriceContributions());
			for (Timed<SupplyEvent> timed : events) {
				gathered.changes().add(timed.event());
				gathered.stock().add(timed.event(), timed.time());
				if (timed.event() instanceof PriceObserved observation) {
					gathered.prices().add(observation, timed.time());
				}
				if (timed.event() instanceof DonationReceived donation) {
					gathered.donations().add(donation, timed.time());
				}
			}
			return gathered;
		}

	}

}
