package org.cordon.supply.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

	@Test
	void anAmountIsAPositiveDecimalStringWithAtMostFourPlaces() {
		assertThat(check("416.1696")).isEmpty();
		assertThat(check("3")).isEmpty();
		assertThat(check("0.0001")).isEmpty();
	}

	@Test
	void moreThanFourPlacesIsRefused() {
		assertThat(check("416.16961"))
			.containsExactly(new Violation("amountYuan", "must have at most 4 decimal places"));
	}

	@Test
	void trailingZerosDoNotCountAsPlaces() {
		assertThat(check("29.50000")).isEmpty();
	}

	@Test
	void zeroAndNegativeAmountsAreRefused() {
		assertThat(check("0")).containsExactly(new Violation("amountYuan", "must be positive"));
		assertThat(check("0.0000")).containsExactly(new Violation("amountYuan", "must be positive"));
		assertThat(check("-5")).containsExactly(new Violation("amountYuan", "must be positive"));
	}

	@Test
	void onlyPlainDecimalsAreAmounts() {
		for (String text : List.of("4.16e2", "1,5", " 3", "3.", ".5", "+3", "三元", "NaN", "")) {
			assertThat(check(text)).as(text).extracting(Violation::field).containsExactly("amountYuan");
		}
	}

	@Test
	void anAmountAboveATrillionIsRefused() {
		assertThat(check("1000000000000")).isEmpty();
		assertThat(check("1000000000000.0001")).extracting(Violation::message)
			.containsExactly("must be at most 1000000000000");
	}

	@Test
	void anAmountIsRequired() {
		assertThat(check(null)).containsExactly(new Violation("amountYuan", "is required"));
	}

	@Test
	void theSameAmountIsWrittenOneWay() {
		assertThat(Money.yuan("29.50")).isEqualTo(new BigDecimal("29.5"));
		assertThat(Money.canonical(new BigDecimal("29.5000"))).isEqualTo(new BigDecimal("29.5"));
		assertThat(Money.canonical(new BigDecimal("100.0000")).toPlainString()).isEqualTo("100");
		assertThat(Money.yuan("416.1696").toPlainString()).isEqualTo("416.1696");
	}

	private static List<Violation> check(String text) {
		Violations violations = new Violations();
		Money.check(violations, text, "amountYuan");
		return violations.list();
	}

}
