package org.cordon.supply.prices.domain;

import java.time.LocalDate;
import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.Money;

/**
 * A price names the market, the commodity, the unit it is priced per, the price in yuan
 * and the day it was seen, which cannot be after today.
 */
public final class PriceRules {

	public static final int MAX_MARKET = 100;

	public static final int MAX_COMMODITY = 100;

	public static final int MAX_UNIT = 20;

	private PriceRules() {
	}

	public static List<Violation> check(String market, String commodity, String unit, String priceYuan,
			LocalDate observedOn, LocalDate today) {
		Violations violations = new Violations();
		violations.text(market, "market", MAX_MARKET)
			.text(commodity, "commodity", MAX_COMMODITY)
			.text(unit, "unit", MAX_UNIT);
		Money.check(violations, priceYuan, "priceYuan");
		if (violations.present(observedOn, "observedOn")) {
			violations.check(!observedOn.isAfter(today), "observedOn", "must not be after today (" + today + ")");
		}
		return violations.list();
	}

}
