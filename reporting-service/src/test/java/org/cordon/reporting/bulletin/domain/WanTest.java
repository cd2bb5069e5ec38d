package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WanTest {

	@Test
	void yuanArePrintedIn万元WithFourDecimalPlaces() {
		assertThat(Wan.of(new BigDecimal("5324006"))).isEqualTo("532.4006");
		assertThat(Wan.of(new BigDecimal("4161696.00"))).isEqualTo("416.1696");
		assertThat(Wan.of(BigDecimal.ZERO)).isEqualTo("0.0000");
		assertThat(Wan.of(new BigDecimal("123"))).isEqualTo("0.0123");
	}

	@Test
	void fractionsOfAYuanAreRoundedHalfUpToTheYuan() {
		assertThat(Wan.of(new BigDecimal("4161696.25"))).isEqualTo("416.1696");
		assertThat(Wan.of(new BigDecimal("4161696.5"))).isEqualTo("416.1697");
	}

}
