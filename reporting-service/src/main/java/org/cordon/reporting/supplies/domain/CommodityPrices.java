package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cordon.contracts.supply.PriceObserved;

/**
 * A commodity's latest and first observed prices, over every market.
 * <ul>
 * <li>The latest is the observation of the latest day; of two of one day, the one that
 * arrived later (a correction, or another market's later report).</li>
 * <li>The baseline is the observation of the earliest day; of two of one day, the one
 * that arrived first. A report of an earlier day arriving late becomes the baseline.</li>
 * </ul>
 * Both are decided by {@link #followedBy}, which the view's upsert repeats in SQL, so
 * that a batch's observations fold into one change and that change merges into the stored
 * row by the same rule.
 *
 * @param commodity what was priced
 * @param unit the unit of the latest observation
 * @param latestPrice the latest price, yuan
 * @param latestObservedOn the day of the latest price
 * @param baselinePrice the first price, yuan
 * @param baselineObservedOn the day of the first price
 */
public record CommodityPrices(String commodity, String unit, BigDecimal latestPrice, LocalDate latestObservedOn,
		BigDecimal baselinePrice, LocalDate baselineObservedOn) {

	public CommodityPrices {
		Objects.requireNonNull(commodity, "commodity");
		Objects.requireNonNull(latestPrice, "latestPrice");
		Objects.requireNonNull(latestObservedOn, "latestObservedOn");
		Objects.requireNonNull(baselinePrice, "baselinePrice");
		Objects.requireNonNull(baselineObservedOn, "baselineObservedOn");
	}

	/**
	 * @param observation one observation
	 * @return the prices it alone tells: it is both latest and baseline
	 */
	public static CommodityPrices of(PriceObserved observation) {
		return new CommodityPrices(observation.commodity(), observation.unit(), observation.price(),
				observation.observedOn(), observation.price(), observation.observedOn());
	}

	/**
	 * @param later prices that arrived after these
	 * @return the prices of both
	 */
	public CommodityPrices followedBy(CommodityPrices later) {
		if (!this.commodity.equals(later.commodity)) {
			throw new IllegalArgumentException("Prices of another commodity: " + later.commodity);
		}
		boolean newLatest = !later.latestObservedOn.isBefore(this.latestObservedOn);
		boolean newBaseline = later.baselineObservedOn.isBefore(this.baselineObservedOn);
		return new CommodityPrices(this.commodity, newLatest ? later.unit : this.unit,
				newLatest ? later.latestPrice : this.latestPrice,
				newLatest ? later.latestObservedOn : this.latestObservedOn,
				newBaseline ? later.baselinePrice : this.baselinePrice,
				newBaseline ? later.baselineObservedOn : this.baselineObservedOn);
	}

}
