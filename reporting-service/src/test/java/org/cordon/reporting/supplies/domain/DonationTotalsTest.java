package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;

import static org.assertj.core.api.Assertions.assertThat;

class DonationTotalsTest {

	@Test
	void theTotalIsTheExactSumOfEveryKindAndEveryKindIsListed() {
		DonationTotals totals = DonationTotals
			.of(Map.of(DonationKind.CASH, new BigDecimal("445.3408"), DonationKind.MEDICAL, new BigDecimal("87.5118")));

		assertThat(totals.total()).isEqualTo("532.8526");
		assertThat(totals.byKind()).containsExactly(Map.entry(DonationKind.CASH, "445.3408"),
				Map.entry(DonationKind.MEDICAL, "87.5118"), Map.entry(DonationKind.OTHER, "0"));
	}

	@Test
	void withoutDonationsEverythingIsZero() {
		assertThat(DonationTotals.of(Map.of())).isEqualTo(new DonationTotals("0",
				Map.of(DonationKind.CASH, "0", DonationKind.MEDICAL, "0", DonationKind.OTHER, "0")));
	}

}
