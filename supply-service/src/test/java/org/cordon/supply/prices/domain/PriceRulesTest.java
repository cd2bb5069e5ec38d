package org.cordon.supply.prices.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class PriceRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2020-02-04");

	@Test
	void aPriceSeenTodayOrEarlierIsAccepted() {
		assertThat(PriceRules.check("四季青蔬菜批发市场", "大白菜", "kg", "3.2", TODAY, TODAY)).isEmpty();
		assertThat(PriceRules.check("四季青蔬菜批发市场", "大白菜", "kg", "2.52", TODAY.minusDays(30), TODAY)).isEmpty();
	}

	@Test
	void aPriceSeenTomorrowIsRefused() {
		assertThat(PriceRules.check("四季青蔬菜批发市场", "大白菜", "kg", "3.2", TODAY.plusDays(1), TODAY))
			.extracting(Violation::field)
			.containsExactly("observedOn");
	}

	@Test
	void aPriceIsAPositiveAmount() {
		assertThat(PriceRules.check("四季青蔬菜批发市场", "大白菜", "kg", "0", TODAY, TODAY)).extracting(Violation::field)
			.containsExactly("priceYuan");
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(PriceRules.check(null, "", null, null, null, TODAY)).extracting(Violation::field)
			.containsExactly("market", "commodity", "unit", "priceYuan", "observedOn");
	}

}
