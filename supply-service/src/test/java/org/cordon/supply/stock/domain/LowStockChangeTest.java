package org.cordon.supply.stock.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LowStockChangeTest {

	@Test
	void theFirstLineThatLeavesTheWarehouseBelowTheThresholdAnnouncesIt() {
		assertThat(LowStockChange.after(19999, 20000, false)).isEqualTo(LowStockChange.ANNOUNCE);
	}

	@Test
	void linesThatKeepItLowAnnounceNothingMore() {
		assertThat(LowStockChange.after(15000, 20000, true)).isEqualTo(LowStockChange.NONE);
		assertThat(LowStockChange.after(0, 20000, true)).isEqualTo(LowStockChange.NONE);
	}

	@Test
	void stockBackAtTheThresholdClearsIt() {
		assertThat(LowStockChange.after(20000, 20000, true)).isEqualTo(LowStockChange.CLEAR);
		assertThat(LowStockChange.after(30000, 20000, true)).isEqualTo(LowStockChange.CLEAR);
	}

	@Test
	void stockAtOrAboveTheThresholdIsNotLow() {
		assertThat(LowStockChange.after(20000, 20000, false)).isEqualTo(LowStockChange.NONE);
	}

	@Test
	void anItemWithThresholdZeroIsNeverLow() {
		assertThat(LowStockChange.after(0, 0, false)).isEqualTo(LowStockChange.NONE);
	}

}
