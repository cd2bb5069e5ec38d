package org.cordon.supply.stock.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.IssuePriority;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class IssueRulesTest {

	@Test
	void anIssueNamesItemQuantityWarehouseRecipientAndPriority() {
		assertThat(IssueRules.check(UUID.randomUUID(), "MASK-SURGICAL", 2000, "市库", "临河区人民医院发热门诊",
				IssuePriority.FEVER_CLINIC))
			.isEmpty();
	}

	@Test
	void aZeroQuantityIsRefused() {
		assertThat(IssueRules.check(UUID.randomUUID(), "MASK-SURGICAL", 0, "市库", "某社区", IssuePriority.COMMUNITY))
			.extracting(Violation::field)
			.containsExactly("quantity");
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(IssueRules.check(null, null, null, null, " ", null)).extracting(Violation::field)
			.containsExactly("issueId", "sku", "quantity", "warehouse", "recipient", "priority");
	}

}
