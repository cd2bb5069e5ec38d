package org.cordon.reporting.supplies.domain;

import java.util.List;

/**
 * The three supply views together, as a live-stream subscriber starts with them.
 *
 * @param stock every item, by sku
 * @param donations the donation totals
 * @param prices every commodity, by name
 */
public record SuppliesView(List<StockLine> stock, DonationTotals donations, List<PriceLine> prices) {

	public SuppliesView {
		stock = List.copyOf(stock);
		prices = List.copyOf(prices);
	}

}
