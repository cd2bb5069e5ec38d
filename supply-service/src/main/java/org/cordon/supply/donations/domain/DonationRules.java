package org.cordon.supply.donations.domain;

import java.util.List;
import java.util.UUID;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.supply.domain.Money;

/**
 * A donation names the donor as acknowledged, its kind and its value in yuan; goods are
 * valued too, since the bulletins total cash and goods together.
 */
public final class DonationRules {

	public static final int MAX_DONOR = 200;

	private DonationRules() {
	}

	public static List<Violation> check(UUID donationId, String donor, DonationKind kind, String amountYuan) {
		Violations violations = new Violations();
		violations.present(donationId, "donationId");
		violations.text(donor, "donor", MAX_DONOR);
		violations.present(kind, "kind");
		Money.check(violations, amountYuan, "amountYuan");
		return violations.list();
	}

}
