package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.PriceObserved;

import static org.assertj.core.api.Assertions.assertThat;

class PriceContributionsTest {

	private static final Instant T1 = Instant.parse("2020-02-04T09:00:00Z");

	private static final Instant T2 = Instant.parse("2020-02-04T10:00:00Z");

	private static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@Test
	void observationsAtOneInstantFoldByTheRuleOfTheLivePricesAndOtherInstantsAreKeptApart() {
		PriceContributions contributions = new PriceContributions().add(price("2.30", FEB_1.plusDays(2)), T1)
			.add(price("2.00", FEB_1), T1)
			.add(price("2.54", FEB_1.plusDays(4)), T2);

		assertThat(contributions.changes()).containsExactly(
				new PriceContributions.Contribution(T1,
						new CommodityPrices("大白菜", "kg", new BigDecimal("2.30"), FEB_1.plusDays(2),
								new BigDecimal("2.00"), FEB_1)),
				new PriceContributions.Contribution(T2, new CommodityPrices("大白菜", "kg", new BigDecimal("2.54"),
						FEB_1.plusDays(4), new BigDecimal("2.54"), FEB_1.plusDays(4))));
	}

	private static PriceObserved price(String yuan, LocalDate on) {
		return PriceObserved.of("四季青市场", "大白菜", "kg", new BigDecimal(yuan), on);
	}

}
