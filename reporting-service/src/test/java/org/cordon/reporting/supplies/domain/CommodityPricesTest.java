package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.PriceObserved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommodityPricesTest {

	static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@Test
	void theLatestDayGivesTheLatestPriceAndTheEarliestDayTheBaseline() {
		CommodityPrices prices = observed("市场甲", "2.30", FEB_1.plusDays(2)).followedBy(observed("市场乙", "2.00", FEB_1))
			.followedBy(observed("市场甲", "2.54", FEB_1.plusDays(4)));

		assertThat(prices.latestPrice()).isEqualByComparingTo("2.54");
		assertThat(prices.latestObservedOn()).isEqualTo(FEB_1.plusDays(4));
		assertThat(prices.baselinePrice()).as("an earlier day arriving late becomes the baseline")
			.isEqualByComparingTo("2.00");
		assertThat(PriceLine.of(prices).changePercent()).isEqualTo("27.0");
	}

	@Test
	void ofTwoObservationsOfOneDayTheLaterArrivalIsLatestAndTheFirstArrivalTheBaseline() {
		CommodityPrices prices = observed("市场甲", "5.0", FEB_1).followedBy(observed("市场乙", "5.5", FEB_1));

		assertThat(prices.latestPrice()).isEqualByComparingTo("5.5");
		assertThat(prices.baselinePrice()).isEqualByComparingTo("5.0");
		assertThat(PriceLine.of(prices)).isEqualTo(new PriceLine("大白菜", "kg", "5.5", "5", "10.0"));
	}

	@Test
	void anOlderObservationArrivingLateChangesNeitherLatestNorAnEarlierBaseline() {
		CommodityPrices prices = observed("市场甲", "2.00", FEB_1).followedBy(observed("市场甲", "3.00", FEB_1.plusDays(5)))
			.followedBy(observed("市场乙", "9.99", FEB_1.plusDays(3)));

		assertThat(prices.latestPrice()).isEqualByComparingTo("3.00");
		assertThat(prices.baselinePrice()).isEqualByComparingTo("2.00");
	}

	@Test
	void foldingIsAssociativeSoBatchBoundariesDoNotMatter() {
		CommodityPrices a = observed("市场甲", "2.30", FEB_1.plusDays(2));
		CommodityPrices b = observed("市场乙", "2.00", FEB_1);
		CommodityPrices c = observed("市场甲", "2.54", FEB_1.plusDays(2));

		assertThat(a.followedBy(b).followedBy(c)).isEqualTo(a.followedBy(b.followedBy(c)));
	}

	@Test
	void theUnitIsThatOfTheLatestObservation() {
		CommodityPrices prices = CommodityPrices.of(PriceObserved.of("市场甲", "大白菜", "斤", new BigDecimal("1.2"), FEB_1))
			.followedBy(observed("市场甲", "2.6", FEB_1.plusDays(1)));

		assertThat(prices.unit()).isEqualTo("kg");
	}

	@Test
	void pricesOfAnotherCommodityDoNotMerge() {
		assertThatIllegalArgumentException().isThrownBy(() -> observed("市场甲", "1", FEB_1)
			.followedBy(CommodityPrices.of(PriceObserved.of("市场甲", "土豆", "kg", BigDecimal.ONE, FEB_1))));
	}

	private static CommodityPrices observed(String market, String price, LocalDate on) {
		return CommodityPrices.of(PriceObserved.of(market, "大白菜", "kg", new BigDecimal(price), on));
	}

}
