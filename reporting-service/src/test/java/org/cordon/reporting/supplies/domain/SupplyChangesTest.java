package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import static org.assertj.core.api.Assertions.assertThat;

class SupplyChangesTest {

	@Test
	void aBatchFoldsIntoOneChangePerItemSummedOverWarehouses() {
		SupplyChanges changes = new SupplyChanges().add(new ItemDefined("MASK", "医用外科口罩", "只", 100))
			.add(new SupplyOrdered(UUID.randomUUID(), "MASK", 1000, "某公司", LocalDate.of(2020, 2, 10)))
			.add(new SupplyReceived(UUID.randomUUID(), "MASK", 300, "市仓库", ReceiptSource.PURCHASE, null))
			.add(new SupplyReceived(UUID.randomUUID(), "MASK", 200, "临河仓库", ReceiptSource.DONATION, null))
			.add(new SupplyIssued(UUID.randomUUID(), "MASK", 450, "市仓库", "市医院发热门诊", IssuePriority.FEVER_CLINIC))
			.add(new SupplyReceived(UUID.randomUUID(), "SUIT", 5, "市仓库", ReceiptSource.ALLOCATION, null));

		assertThat(changes.items()).containsExactly(new ItemStock("MASK", "医用外科口罩", "只", 100, 1000, 500, 450),
				new ItemStock("SUIT", null, null, null, 0, 5, 0));
	}

	@Test
	void donationsAreSummedExactlyPerKind() {
		SupplyChanges changes = new SupplyChanges().add(donation(DonationKind.CASH, "416.1696"))
			.add(donation(DonationKind.CASH, "29.1712"))
			.add(donation(DonationKind.MEDICAL, "87.5118"));

		assertThat(changes.donations().get(DonationKind.CASH)).isEqualByComparingTo("445.3408");
		assertThat(changes.donationCounts()).containsEntry(DonationKind.CASH, 2L)
			.containsEntry(DonationKind.MEDICAL, 1L);
		assertThat(DonationTotals.of(changes.donations()).total()).isEqualTo("532.8526");
	}

	@Test
	void stockLowChangesNoViewBecauseTheViewFiguresLowStockItself() {
		StockLow low = new StockLow("MASK", "市仓库", 10, 100);

		assertThat(SupplyChanges.matters(low)).isFalse();
		assertThat(new SupplyChanges().add(low).isEmpty()).isTrue();
	}

	@Test
	void pricesFoldPerCommodity() {
		LocalDate day = LocalDate.of(2020, 2, 4);
		SupplyChanges changes = new SupplyChanges().add(PriceObserved.of("市场甲", "大白菜", "kg", new BigDecimal("2"), day))
			.add(PriceObserved.of("市场甲", "土豆", "kg", new BigDecimal("3"), day))
			.add(PriceObserved.of("市场乙", "大白菜", "kg", new BigDecimal("2.5"), day.plusDays(1)));

		assertThat(changes.prices()).hasSize(2);
		assertThat(changes.prices().get(0).latestPrice()).isEqualByComparingTo("2.5");
		assertThat(changes.prices().get(0).baselinePrice()).isEqualByComparingTo("2");
	}

	private static DonationReceived donation(DonationKind kind, String amount) {
		return DonationReceived.of(UUID.randomUUID(), "某企业", kind, new BigDecimal(amount));
	}

}
