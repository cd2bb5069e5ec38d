package org.cordon.supply.items.domain;

import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.SupplyRules;

/**
 * An item needs a sku, a name, the unit it is counted in and the stock below which a
 * warehouse is low on it (zero: never low).
 */
public final class ItemRules {

	public static final int MAX_NAME = 100;

	public static final int MAX_UNIT = 20;

	private ItemRules() {
	}

	public static List<Violation> check(String sku, String name, String unit, Integer lowStockThreshold) {
		Violations violations = new Violations();
		SupplyRules.sku(violations, sku);
		violations.text(name, "name", MAX_NAME).text(unit, "unit", MAX_UNIT);
		if (violations.present(lowStockThreshold, "lowStockThreshold")) {
			violations.range(lowStockThreshold, "lowStockThreshold", 0, SupplyRules.MAX_QUANTITY);
		}
		return violations.list();
	}

}
