package org.cordon.supply.stock.domain;

import java.util.List;
import java.util.UUID;

import org.cordon.contracts.supply.IssuePriority;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.SupplyRules;

/**
 * An issue names the item, how many, the warehouse they leave, who receives them and that
 * recipient's priority.
 */
public final class IssueRules {

	public static final int MAX_RECIPIENT = 200;

	private IssueRules() {
	}

	public static List<Violation> check(UUID issueId, String sku, Integer quantity, String warehouse, String recipient,
			IssuePriority priority) {
		Violations violations = new Violations();
		violations.present(issueId, "issueId");
		SupplyRules.sku(violations, sku);
		SupplyRules.quantity(violations, quantity);
		violations.text(warehouse, "warehouse", ReceiptRules.MAX_WAREHOUSE);
		violations.text(recipient, "recipient", MAX_RECIPIENT);
		violations.present(priority, "priority");
		return violations.list();
	}

}
