package org.cordon.supply.items.domain;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class ItemRulesTest {

	@Test
	void anItemHasASkuANameAUnitAndAThreshold() {
		assertThat(ItemRules.check("MASK-SURGICAL", "医用外科口罩", "只", 20000)).isEmpty();
	}

	@Test
	void aThresholdOfZeroMeansNeverLow() {
		assertThat(ItemRules.check("TENT", "帐篷", "顶", 0)).isEmpty();
	}

	@Test
	void aNegativeThresholdIsRefused() {
		assertThat(ItemRules.check("TENT", "帐篷", "顶", -1)).extracting(Violation::field)
			.containsExactly("lowStockThreshold");
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(ItemRules.check(null, " ", null, null)).extracting(Violation::field)
			.containsExactly("sku", "name", "unit", "lowStockThreshold");
	}

	@Test
	void aBadSkuAndAnOverlongUnitAreNamed() {
		assertThat(ItemRules.check("tent", "帐篷", "x".repeat(21), 5)).extracting(Violation::field)
			.containsExactly("sku", "unit");
	}

}
