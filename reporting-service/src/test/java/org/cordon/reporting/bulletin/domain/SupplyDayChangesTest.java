package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.IssuePriority;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.contracts.supply.StockLow;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.DonationDay;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.ItemDay;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.PriceDay;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyDayChangesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant ENTERED_IN_2026 = Instant.parse("2026-11-30T09:00:00Z");

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void movementsAreSummedPerItemAndTheirDay() {
		SupplyDayChanges changes = new SupplyDayChanges(SHANGHAI)
			.add(new SupplyOrdered(UUID.randomUUID(), "MASK", 300_000, "某公司", FEB_4, FEB_4.minusDays(7)),
					ENTERED_IN_2026)
			.add(new SupplyReceived(UUID.randomUUID(), "MASK", 20_000, "市仓库", ReceiptSource.PURCHASE, null, FEB_4),
					ENTERED_IN_2026)
			.add(new SupplyReceived(UUID.randomUUID(), "MASK", 1_000, "区仓库", ReceiptSource.DONATION, null),
					Instant.parse("2020-02-04T15:59:59Z"))
			.add(new SupplyIssued(UUID.randomUUID(), "MASK", 24_000, "市仓库", "发热门诊", IssuePriority.FEVER_CLINIC, FEB_4),
					ENTERED_IN_2026)
			.add(new ItemDefined("MASK", "口罩", "个", 10), ENTERED_IN_2026)
			.add(new StockLow("MASK", "市仓库", 5, 10), ENTERED_IN_2026);

		assertThat(changes.items()).containsExactly(new ItemDay("MASK", FEB_4.minusDays(7), 300_000, 0, 0),
				new ItemDay("MASK", FEB_4, 0, 21_000, 24_000));
	}

	@Test
	void donationsAreSummedExactlyPerKindAndDay() {
		SupplyDayChanges changes = new SupplyDayChanges(SHANGHAI)
			.add(DonationReceived.of(UUID.randomUUID(), "某企业", DonationKind.OTHER, new BigDecimal("875000.5"), FEB_4),
					ENTERED_IN_2026)
			.add(DonationReceived.of(UUID.randomUUID(), "某个人", DonationKind.OTHER, new BigDecimal("117.50"), FEB_4),
					ENTERED_IN_2026)
			.add(new DonationReceived(UUID.randomUUID(), "某单位", DonationKind.OTHER, "1"),
					Instant.parse("2020-02-04T16:00:00Z"));

		assertThat(changes.donations()).containsExactly(
				new DonationDay(DonationKind.OTHER, FEB_4, new BigDecimal("875118.00"), 2),
				new DonationDay(DonationKind.OTHER, FEB_4.plusDays(1), BigDecimal.ONE, 1));
	}

	@Test
	void ofOneDaysPricesTheFirstStaysFirstAndTheLatestIsTheLastTold() {
		SupplyDayChanges changes = new SupplyDayChanges(SHANGHAI)
			.add(PriceObserved.of("四季青", "大白菜", "公斤", new BigDecimal("2.54"), FEB_4), ENTERED_IN_2026)
			.add(PriceObserved.of("农贸市场", "大白菜", "斤", new BigDecimal("2.60"), FEB_4), ENTERED_IN_2026);

		assertThat(changes.prices())
			.containsExactly(new PriceDay("大白菜", FEB_4, "斤", new BigDecimal("2.54"), new BigDecimal("2.60")));
	}

}
