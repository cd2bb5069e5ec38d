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
import org.cordon.contracts.supply.SupplyIssued;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyEventChecksTest {

	@Test
	void completeEventsPass() {
		assertThat(SupplyEventChecks.problems(new ItemDefined("MASK", "口罩", "只", 0))).isEmpty();
		assertThat(SupplyEventChecks
			.problems(new SupplyIssued(UUID.randomUUID(), "MASK", 1, "市仓库", "采样组", IssuePriority.SAMPLING))).isEmpty();
		assertThat(SupplyEventChecks
			.problems(DonationReceived.of(UUID.randomUUID(), "某企业", DonationKind.OTHER, new BigDecimal("0.0001"))))
			.isEmpty();
	}

	@Test
	void aQuantityOfZeroOrLessIsRefused() {
		assertThat(SupplyEventChecks
			.problems(new SupplyIssued(UUID.randomUUID(), "MASK", 0, "市仓库", "采样组", IssuePriority.SAMPLING)))
			.containsExactly("quantity must be positive");
	}

	@Test
	void anItemWithoutNameOrUnitOrWithANegativeThresholdIsRefused() {
		assertThat(SupplyEventChecks.problems(new ItemDefined("MASK", null, null, -1))).hasSize(3);
	}

	@Test
	void aDonationWithoutKindOrWithoutAPositiveAmountIsRefused() {
		assertThat(SupplyEventChecks.problems(new DonationReceived(UUID.randomUUID(), "某企业", null, "1")))
			.containsExactly("kind is missing");
		assertThat(SupplyEventChecks.problems(new DonationReceived(UUID.randomUUID(), "某企业", DonationKind.CASH, "0")))
			.containsExactly("amountYuan must be positive");
		assertThat(SupplyEventChecks.problems(new DonationReceived(UUID.randomUUID(), "某企业", DonationKind.CASH, null)))
			.containsExactly("amountYuan is missing");
	}

	@Test
	void aPriceOfZeroWouldMakeEveryChangeMeaninglessAndIsRefused() {
		assertThat(SupplyEventChecks.problems(new PriceObserved("市场甲", "大白菜", "kg", "0.00", LocalDate.of(2020, 2, 4))))
			.containsExactly("priceYuan must be positive");
		assertThat(SupplyEventChecks.problems(new PriceObserved("市场甲", "大白菜", "kg", "1", null)))
			.containsExactly("observedOn is missing");
	}

}
