package org.cordon.reporting.supplies.domain;

/**
 * One entry of {@code GET /api/views/supplies/prices}; money and the percentage as exact
 * decimal strings.
 *
 * @param commodity what was priced
 * @param unit the unit of the latest observation
 * @param latestPriceYuan the latest price
 * @param baselinePriceYuan the first price
 * @param changePercent the latest against the first, in percent, one decimal place
 */
public record PriceLine(String commodity, String unit, String latestPriceYuan, String baselinePriceYuan,
		String changePercent) {

	public static PriceLine of(CommodityPrices prices) {
		return new PriceLine(prices.commodity(), prices.unit(), Yuan.text(prices.latestPrice()),
				Yuan.text(prices.baselinePrice()), PercentChange.text(prices.baselinePrice(), prices.latestPrice()));
	}

}
