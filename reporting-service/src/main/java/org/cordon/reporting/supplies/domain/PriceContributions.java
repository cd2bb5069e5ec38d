package org.cordon.reporting.supplies.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.contracts.supply.PriceObserved;

/**
 * Folds a batch's price observations into one contribution per commodity and instant they
 * took effect, by the rule of {@link CommodityPrices#followedBy}. The prices as of an
 * instant are those of the contributions at or before it, folded in the order of their
 * instants.
 */
public final class PriceContributions {

	private final Map<Key, CommodityPrices> changes = new LinkedHashMap<>();

	/**
	 * @param observation an observation of the batch
	 * @param effectiveAt its {@code ce_time}
	 * @return this
	 */
	public PriceContributions add(PriceObserved observation, Instant effectiveAt) {
		this.changes.merge(new Key(observation.commodity(), effectiveAt), CommodityPrices.of(observation),
				CommodityPrices::followedBy);
		return this;
	}

	/**
	 * @return one contribution per commodity and instant, in the order they first
	 * appeared
	 */
	public List<Contribution> changes() {
		List<Contribution> contributions = new ArrayList<>();
		this.changes.forEach((key, prices) -> contributions.add(new Contribution(key.effectiveAt(), prices)));
		return contributions;
	}

	/**
	 * What a commodity's observations that took effect at one instant told.
	 *
	 * @param effectiveAt the observations' {@code ce_time}
	 * @param prices their latest and first prices
	 */
	public record Contribution(Instant effectiveAt, CommodityPrices prices) {

	}

	private record Key(String commodity, Instant effectiveAt) {

	}

}
