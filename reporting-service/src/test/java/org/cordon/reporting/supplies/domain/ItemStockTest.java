package org.cordon.reporting.supplies.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStockTest {

	@Test
	void onHandIsWhatWasReceivedLessWhatWasIssuedWhateverWasOrdered() {
		ItemStock masks = ItemStock.of("MASK-N95")
			.defined("N95口罩", "只", 20_000)
			.plusOrdered(300_000)
			.plusReceived(44_000)
			.plusIssued(24_000);

		assertThat(masks.onHand()).isEqualTo(20_000);
		assertThat(StockLine.of(masks))
			.isEqualTo(new StockLine("MASK-N95", "N95口罩", "只", 300_000, 44_000, 24_000, 20_000, false));
	}

	@Test
	void anItemIsLowOnlyBelowItsThreshold() {
		ItemStock atThreshold = ItemStock.of("SUIT").defined("防护服", "套", 100).plusReceived(100);

		assertThat(atThreshold.lowStock()).isFalse();
		assertThat(atThreshold.plusIssued(1).lowStock()).isTrue();
	}

	@Test
	void anItemWhoseDefinitionWasNotSeenIsNeverLow() {
		assertThat(ItemStock.of("TENT").plusReceived(1).plusIssued(1).lowStock()).isFalse();
	}

}
