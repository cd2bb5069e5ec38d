package org.cordon.supply.donations.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class DonationRulesTest {

	@Test
	void aDonationNamesItsDonorKindAndValue() {
		assertThat(DonationRules.check(UUID.randomUUID(), "巴彦淖尔市红十字会", DonationKind.CASH, "416.1696")).isEmpty();
	}

	@Test
	void goodsAreValuedToo() {
		assertThat(DonationRules.check(UUID.randomUUID(), "某企业", DonationKind.MEDICAL, null))
			.containsExactly(new Violation("amountYuan", "is required"));
	}

	@Test
	void anAmountWithFivePlacesIsRefused() {
		assertThat(DonationRules.check(UUID.randomUUID(), "某企业", DonationKind.CASH, "1.00001"))
			.extracting(Violation::field)
			.containsExactly("amountYuan");
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(DonationRules.check(null, null, null, null)).extracting(Violation::field)
			.containsExactly("donationId", "donor", "kind", "amountYuan");
	}

}
