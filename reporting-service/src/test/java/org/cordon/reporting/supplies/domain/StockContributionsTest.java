package org.cordon.reporting.supplies.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.SupplyOrdered;

import static org.assertj.core.api.Assertions.assertThat;

class StockContributionsTest {

	private static final Instant T1 = Instant.parse("2020-02-04T09:00:00Z");

	private static final Instant T2 = Instant.parse("2020-02-04T10:00:00Z");

	@Test
	void anItemsEventsAtOneInstantFoldIntoOneContributionAndOtherInstantsAreKeptApart() {
		StockContributions contributions = new StockContributions().add(new ItemDefined("MASK", "医用外科口罩", "只", 100), T1)
			.add(ordered("MASK", 300), T1)
			.add(ordered("MASK", 50), T2)
			.add(new DonationReceived(UUID.randomUUID(), "某企业", DonationKind.CASH, "1"), T2);

		assertThat(contributions.changes()).containsExactly(
				new StockContributions.Contribution(T1, new ItemStock("MASK", "医用外科口罩", "只", 100, 300, 0, 0)),
				new StockContributions.Contribution(T2, new ItemStock("MASK", null, null, null, 50, 0, 0)));
	}

	private static SupplyOrdered ordered(String sku, int quantity) {
		return new SupplyOrdered(UUID.randomUUID(), sku, quantity, "某医疗器械公司", LocalDate.of(2020, 2, 10));
	}

}
