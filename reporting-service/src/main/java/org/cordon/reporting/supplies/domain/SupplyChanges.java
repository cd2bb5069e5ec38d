package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.StockLow;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;

/**
 * Folds a batch's supply events into one change per item, per donation kind and per
 * commodity, in the order they were published (an item's events share a partition, and so
 * do a commodity's), so that the views are updated with one row per key however many
 * events the batch holds.
 */
public final class SupplyChanges {

	private final Map<String, ItemStock> items = new LinkedHashMap<>();

	private final Map<DonationKind, BigDecimal> donations = new EnumMap<>(DonationKind.class);

	private final Map<DonationKind, Long> donationCounts = new EnumMap<>(DonationKind.class);

	private final Map<String, CommodityPrices> prices = new LinkedHashMap<>();

	/**
	 * Whether an event changes a view: {@code StockLow} does not, because the view
	 * figures low stock from its own totals (see {@link ItemStock#lowStock}).
	 * @param event a supply event
	 * @return true when applying it may change a view
	 */
	public static boolean matters(SupplyEvent event) {
		return !(event instanceof StockLow);
	}

	public SupplyChanges add(SupplyEvent event) {
		if (event instanceof ItemDefined defined) {
			item(defined.sku(), (item) -> item.defined(defined.name(), defined.unit(), defined.lowStockThreshold()));
		}
		else if (event instanceof SupplyOrdered ordered) {
			item(ordered.sku(), (item) -> item.plusOrdered(ordered.quantity()));
		}
		else if (event instanceof SupplyReceived received) {
			item(received.sku(), (item) -> item.plusReceived(received.quantity()));
		}
		else if (event instanceof SupplyIssued issued) {
			item(issued.sku(), (item) -> item.plusIssued(issued.quantity()));
		}
		else if (event instanceof DonationReceived donation) {
			this.donations.merge(donation.kind(), donation.amount(), BigDecimal::add);
			this.donationCounts.merge(donation.kind(), 1L, Long::sum);
		}
		else if (event instanceof PriceObserved observation) {
			this.prices.merge(observation.commodity(), CommodityPrices.of(observation), CommodityPrices::followedBy);
		}
		return this;
	}

	private void item(String sku, UnaryOperator<ItemStock> change) {
		this.items.put(sku, change.apply(this.items.getOrDefault(sku, ItemStock.of(sku))));
	}

	/**
	 * @return per item, the definition seen last (null fields when none) and the
	 * quantities to add
	 */
	public List<ItemStock> items() {
		return List.copyOf(this.items.values());
	}

	/**
	 * @return per kind, the exact sum to add
	 */
	public Map<DonationKind, BigDecimal> donations() {
		return Map.copyOf(this.donations);
	}

	/**
	 * @return per kind, how many donations the batch holds
	 */
	public Map<DonationKind, Long> donationCounts() {
		return Map.copyOf(this.donationCounts);
	}

	/**
	 * @return per commodity, the latest and first prices the batch observed
	 */
	public List<CommodityPrices> prices() {
		return List.copyOf(this.prices.values());
	}

	public boolean isEmpty() {
		return this.items.isEmpty() && this.donations.isEmpty() && this.prices.isEmpty();
	}

}
