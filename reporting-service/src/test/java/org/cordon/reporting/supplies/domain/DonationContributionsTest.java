package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;

import static org.assertj.core.api.Assertions.assertThat;

class DonationContributionsTest {

	private static final Instant T1 = Instant.parse("2020-02-04T09:00:00Z");

	private static final Instant T2 = Instant.parse("2020-02-04T10:00:00Z");

	@Test
	void donationsOfOneKindAtOneInstantAddUpExactlyToOneContribution() {
		DonationContributions contributions = new DonationContributions()
			.add(donation(DonationKind.CASH, "416.1696"), T1)
			.add(donation(DonationKind.CASH, "29.1712"), T1);

		assertThat(contributions.changes()).containsExactly(
				new DonationContributions.Contribution(DonationKind.CASH, T1, new BigDecimal("445.3408"), 2));
	}

	@Test
	void kindsAndInstantsAreKeptApart() {
		DonationContributions contributions = new DonationContributions().add(donation(DonationKind.CASH, "1"), T1)
			.add(donation(DonationKind.MEDICAL, "2"), T1)
			.add(donation(DonationKind.CASH, "3"), T2);

		assertThat(contributions.changes()).containsExactly(
				new DonationContributions.Contribution(DonationKind.CASH, T1, new BigDecimal("1"), 1),
				new DonationContributions.Contribution(DonationKind.MEDICAL, T1, new BigDecimal("2"), 1),
				new DonationContributions.Contribution(DonationKind.CASH, T2, new BigDecimal("3"), 1));
	}

	private static DonationReceived donation(DonationKind kind, String yuan) {
		return new DonationReceived(UUID.randomUUID(), "某企业", kind, yuan);
	}

}
