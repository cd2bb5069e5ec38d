package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YuanTest {

	@Test
	void anExactSumReadsAsItsDecimalString() {
		BigDecimal sum = new BigDecimal("416.1696").add(new BigDecimal("29.1712")).add(new BigDecimal("87.5118"));

		assertThat(Yuan.text(sum)).isEqualTo("532.8526");
	}

	@Test
	void trailingZerosOfTheFractionAreDroppedSoAnAmountReadsTheSameHoweverItWasWritten() {
		assertThat(Yuan.text(new BigDecimal("100.50"))).isEqualTo("100.5");
		assertThat(Yuan.text(new BigDecimal("100.5"))).isEqualTo("100.5");
		assertThat(Yuan.text(new BigDecimal("300.0000"))).isEqualTo("300");
		assertThat(Yuan.text(new BigDecimal("0.0000"))).isEqualTo("0");
	}

	@Test
	void largeAmountsAreNeverWrittenInScientificNotation() {
		assertThat(Yuan.text(new BigDecimal("1E+7"))).isEqualTo("10000000");
		assertThat(Yuan.text(new BigDecimal("12000000.00"))).isEqualTo("12000000");
	}

}
