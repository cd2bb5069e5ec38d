package org.cordon.supply.stock.domain;

import java.util.List;
import java.util.UUID;

import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.SupplyRules;

/**
 * A receipt names the item, how many arrived, the warehouse and where they came from; it
 * may name the order it fills, and only then may it say it exceeds that order.
 */
public final class ReceiptRules {

	public static final int MAX_WAREHOUSE = 100;

	private ReceiptRules() {
	}

	public static List<Violation> check(UUID receiptId, String sku, Integer quantity, String warehouse,
			ReceiptSource source, UUID orderId, Boolean overReceipt) {
		Violations violations = new Violations();
		violations.present(receiptId, "receiptId");
		SupplyRules.sku(violations, sku);
		SupplyRules.quantity(violations, quantity);
		violations.text(warehouse, "warehouse", MAX_WAREHOUSE);
		violations.present(source, "source");
		violations.check(!Boolean.TRUE.equals(overReceipt) || orderId != null, "overReceipt",
				"only applies to a receipt that names its orderId");
		return violations.list();
	}

}
