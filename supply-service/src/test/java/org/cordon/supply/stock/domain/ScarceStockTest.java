package org.cordon.supply.stock.domain;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.IssuePriority;

import static org.assertj.core.api.Assertions.assertThat;

class ScarceStockTest {

	@Test
	void feverClinicsAndSamplingTeamsMayDrawAWarehouseDownToZero() {
		assertThat(ScarceStock.floor(IssuePriority.FEVER_CLINIC, 20000)).isZero();
		assertThat(ScarceStock.floor(IssuePriority.SAMPLING, 20000)).isZero();
		assertThat(ScarceStock.available(IssuePriority.FEVER_CLINIC, 15000, 20000)).isEqualTo(15000);
	}

	@Test
	void everyOtherRecipientOnlyDownToTheThreshold() {
		for (IssuePriority priority : new IssuePriority[] { IssuePriority.CHECKPOINT, IssuePriority.COMMUNITY,
				IssuePriority.OTHER }) {
			assertThat(ScarceStock.floor(priority, 20000)).as(priority.name()).isEqualTo(20000);
			assertThat(ScarceStock.available(priority, 26000, 20000)).as(priority.name()).isEqualTo(6000);
		}
	}

	@Test
	void belowTheThresholdOthersMayTakeNothing() {
		assertThat(ScarceStock.available(IssuePriority.COMMUNITY, 15000, 20000)).isZero();
	}

	@Test
	void anItemWithoutThresholdHasNoReserve() {
		assertThat(ScarceStock.available(IssuePriority.OTHER, 7, 0)).isEqualTo(7);
	}

	@Test
	void aRefusalSaysWhetherTheReserveOrTheStockStoodInTheWay() {
		assertThat(ScarceStock.refusal(IssuePriority.COMMUNITY, 10, 25, 20))
			.startsWith("Only 5 may be issued to COMMUNITY")
			.contains("kept for [FEVER_CLINIC, SAMPLING]");
		assertThat(ScarceStock.refusal(IssuePriority.FEVER_CLINIC, 30, 25, 20))
			.startsWith("Only 25 on hand; the issue asks for 30.");
	}

}
