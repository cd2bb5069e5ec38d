package org.cordon.supply.domain;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyRulesTest {

	@Test
	void aSkuIsCapitalLettersDigitsAndHyphens() {
		assertThat(sku("MASK-N95")).isEmpty();
		assertThat(sku("ALCOHOL-75")).isEmpty();
		assertThat(sku("A")).isEmpty();
		assertThat(sku("A".repeat(64))).isEmpty();
	}

	@Test
	void aSkuInLowerCaseWithSpacesOrLongerThan64IsRefused() {
		assertThat(sku("mask-n95")).extracting(Violation::field).containsExactly("sku");
		assertThat(sku("MASK N95")).extracting(Violation::field).containsExactly("sku");
		assertThat(sku("-MASK")).extracting(Violation::field).containsExactly("sku");
		assertThat(sku("A".repeat(65))).extracting(Violation::field).containsExactly("sku");
		assertThat(sku("口罩")).extracting(Violation::field).containsExactly("sku");
	}

	@Test
	void aSkuIsRequired() {
		assertThat(sku(null)).containsExactly(new Violation("sku", "is required"));
	}

	@Test
	void aQuantityIsAPositiveWholeNumberUpToAHundredMillion() {
		assertThat(quantity(1)).isEmpty();
		assertThat(quantity(SupplyRules.MAX_QUANTITY)).isEmpty();
		assertThat(quantity(0)).extracting(Violation::field).containsExactly("quantity");
		assertThat(quantity(-5)).extracting(Violation::field).containsExactly("quantity");
		assertThat(quantity(SupplyRules.MAX_QUANTITY + 1)).extracting(Violation::field).containsExactly("quantity");
		assertThat(quantity(null)).containsExactly(new Violation("quantity", "is required"));
	}

	private static java.util.List<Violation> sku(String sku) {
		Violations violations = new Violations();
		SupplyRules.sku(violations, sku);
		return violations.list();
	}

	private static java.util.List<Violation> quantity(Integer quantity) {
		Violations violations = new Violations();
		SupplyRules.quantity(violations, quantity);
		return violations.list();
	}

}
