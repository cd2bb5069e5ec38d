package org.cordon.supply.orders.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRulesTest {

	static final LocalDate FEB_10 = LocalDate.parse("2020-02-10");

	@Test
	void anOrderNamesTheItemHowManyTheSupplierAndWhenItIsExpected() {
		assertThat(OrderRules.check(UUID.randomUUID(), "MASK-SURGICAL", 300000, "巴彦淖尔市医药公司", FEB_10)).isEmpty();
	}

	@Test
	void aZeroQuantityIsRefused() {
		assertThat(OrderRules.check(UUID.randomUUID(), "MASK-SURGICAL", 0, "巴彦淖尔市医药公司", FEB_10))
			.extracting(Violation::field)
			.containsExactly("quantity");
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(OrderRules.check(null, null, null, null, null)).extracting(Violation::field)
			.containsExactly("orderId", "sku", "quantity", "supplier", "expectedOn");
	}

}
