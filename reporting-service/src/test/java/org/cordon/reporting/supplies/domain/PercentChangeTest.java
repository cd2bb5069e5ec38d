package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentChangeTest {

	@Test
	void vegetablesUpByTwentySevenPercentReadAsTwentySevenPointZero() {
		assertThat(PercentChange.text(new BigDecimal("2.00"), new BigDecimal("2.54"))).isEqualTo("27.0");
	}

	@Test
	void theChangeIsRoundedHalfUpToOneDecimalPlaceFromTheExactQuotient() {
		assertThat(PercentChange.text(new BigDecimal("3"), new BigDecimal("4"))).as("33.333…").isEqualTo("33.3");
		assertThat(PercentChange.text(new BigDecimal("3"), new BigDecimal("5"))).as("66.666…").isEqualTo("66.7");
		assertThat(PercentChange.text(new BigDecimal("8"), new BigDecimal("8.004"))).as("0.05 exactly")
			.isEqualTo("0.1");
		assertThat(PercentChange.text(new BigDecimal("8"), new BigDecimal("8.0039"))).as("0.04875").isEqualTo("0.0");
	}

	@Test
	void aFallIsNegativeAndRoundsHalfAwayFromZero() {
		assertThat(PercentChange.text(new BigDecimal("4.0"), new BigDecimal("3.86"))).isEqualTo("-3.5");
		assertThat(PercentChange.text(new BigDecimal("8"), new BigDecimal("7.996"))).as("-0.05 exactly")
			.isEqualTo("-0.1");
	}

	@Test
	void anUnchangedPriceIsZeroPointZero() {
		assertThat(PercentChange.text(new BigDecimal("3.2"), new BigDecimal("3.20"))).isEqualTo("0.0");
	}

	@Test
	void aBaselineOfZeroHasNoPercentChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> PercentChange.of(BigDecimal.ZERO, BigDecimal.ONE));
	}

}
