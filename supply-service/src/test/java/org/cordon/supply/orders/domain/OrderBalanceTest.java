package org.cordon.supply.orders.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderBalanceTest {

	// the bulletins: 300,000 masks bought, 44,000 arrived
	final OrderBalance masks = new OrderBalance(UUID.randomUUID(), "MASK-SURGICAL", 300000, 44000);

	@Test
	void aReceiptOfTheOrderedItemCountsAgainstTheOrder() {
		assertThat(this.masks.receive("MASK-SURGICAL", 6000, false)).isEqualTo(new Receiving.Counted(50000));
	}

	@Test
	void theOrderMayBeReceivedInFull() {
		assertThat(this.masks.receive("MASK-SURGICAL", 256000, false)).isEqualTo(new Receiving.Counted(300000));
	}

	@Test
	void moreThanIsOutstandingIsAnOverReceipt() {
		Receiving receiving = this.masks.receive("MASK-SURGICAL", 256001, false);

		assertThat(receiving).isEqualTo(new Receiving.OverReceipt(300000, 44000));
		assertThat(((Receiving.OverReceipt) receiving).outstanding()).isEqualTo(256000);
	}

	@Test
	void anOverReceiptIsCountedWhenTheReceiptSaysSo() {
		assertThat(this.masks.receive("MASK-SURGICAL", 256001, true)).isEqualTo(new Receiving.Counted(300001));
	}

	@Test
	void aReceiptOfAnotherItemCannotBeAgainstTheOrder() {
		assertThat(this.masks.receive("SUIT-PROTECTIVE", 10, true)).isEqualTo(new Receiving.OtherItem("MASK-SURGICAL"));
	}

	@Test
	void anOrderReceivedBeyondItsQuantityHasNothingOutstanding() {
		OrderBalance over = new OrderBalance(UUID.randomUUID(), "TENT", 10, 12);

		assertThat(((Receiving.OverReceipt) over.receive("TENT", 1, false)).outstanding()).isZero();
	}

}
