package org.cordon.supply.stock.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptRulesTest {

	static final UUID ID = UUID.randomUUID();

	@Test
	void aReceiptMayNameItsOrderOrNot() {
		assertThat(
				ReceiptRules.check(ID, "MASK-SURGICAL", 44000, "市库", ReceiptSource.PURCHASE, UUID.randomUUID(), null))
			.isEmpty();
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", 10000, "市库", ReceiptSource.DONATION, null, null)).isEmpty();
	}

	@Test
	void anOverReceiptNeedsAnOrderToExceed() {
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", 10, "市库", ReceiptSource.PURCHASE, UUID.randomUUID(), true))
			.isEmpty();
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", 10, "市库", ReceiptSource.PURCHASE, null, true))
			.extracting(Violation::field)
			.containsExactly("overReceipt");
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", 10, "市库", ReceiptSource.PURCHASE, null, false)).isEmpty();
	}

	@Test
	void zeroOrNegativeQuantitiesAreRefused() {
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", 0, "市库", ReceiptSource.PURCHASE, null, null))
			.extracting(Violation::field)
			.containsExactly("quantity");
		assertThat(ReceiptRules.check(ID, "MASK-SURGICAL", -3, "市库", ReceiptSource.PURCHASE, null, null))
			.extracting(Violation::field)
			.containsExactly("quantity");
	}

	@Test
	void idSkuQuantityWarehouseAndSourceAreRequired() {
		assertThat(ReceiptRules.check(null, null, null, "", null, null, null)).extracting(Violation::field)
			.containsExactly("receiptId", "sku", "quantity", "warehouse", "source");
	}

}
