package org.cordon.supply.orders.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.SupplyRules;

/**
 * An order names the item, how many, the supplier and the day it is expected.
 */
public final class OrderRules {

	public static final int MAX_SUPPLIER = 200;

	private OrderRules() {
	}

	public static List<Violation> check(UUID orderId, String sku, Integer quantity, String supplier,
			LocalDate expectedOn) {
		Violations violations = new Violations();
		violations.present(orderId, "orderId");
		SupplyRules.sku(violations, sku);
		SupplyRules.quantity(violations, quantity);
		violations.text(supplier, "supplier", MAX_SUPPLIER);
		violations.present(expectedOn, "expectedOn");
		return violations.list();
	}

}
