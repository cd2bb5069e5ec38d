package org.cordon.reporting.supplies.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;

/**
 * Folds a batch's item events into one contribution per item and instant they took
 * effect: the definition told then (null fields when none) and the quantities added. The
 * stock as of an instant sums the quantities of the contributions at or before it and
 * takes the latest definition among them.
 */
public final class StockContributions {

	private final Map<Key, ItemStock> changes = new LinkedHashMap<>();

	/**
	 * @param event an event of the batch; those that are not about an item's stock are
	 * passed over
	 * @param effectiveAt its {@code ce_time}
	 * @return this
	 */
	public StockContributions add(SupplyEvent event, Instant effectiveAt) {
		if (event instanceof ItemDefined defined) {
			item(defined.sku(), effectiveAt,
					(item) -> item.defined(defined.name(), defined.unit(), defined.lowStockThreshold()));
		}
		else if (event instanceof SupplyOrdered ordered) {
			item(ordered.sku(), effectiveAt, (item) -> item.plusOrdered(ordered.quantity()));
		}
		else if (event instanceof SupplyReceived received) {
			item(received.sku(), effectiveAt, (item) -> item.plusReceived(received.quantity()));
		}
		else if (event instanceof SupplyIssued issued) {
			item(issued.sku(), effectiveAt, (item) -> item.plusIssued(issued.quantity()));
		}
		return this;
	}

	private void item(String sku, Instant effectiveAt, UnaryOperator<ItemStock> change) {
		Key key = new Key(sku, effectiveAt);
		this.changes.put(key, change.apply(this.changes.getOrDefault(key, ItemStock.of(sku))));
	}

	/**
	 * @return one contribution per item and instant, in the order they first appeared
	 */
	public List<Contribution> changes() {
		List<Contribution> contributions = new ArrayList<>();
		this.changes.forEach((key, change) -> contributions.add(new Contribution(key.effectiveAt(), change)));
		return contributions;
	}

	/**
	 * What an item's events that took effect at one instant told.
	 *
	 * @param effectiveAt the events' {@code ce_time}
	 * @param change the definition told then and the quantities added
	 */
	public record Contribution(Instant effectiveAt, ItemStock change) {

	}

	private record Key(String sku, Instant effectiveAt) {

	}

}
