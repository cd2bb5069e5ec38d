package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A donation of cash, medical supplies or other goods was received, valued in yuan.
 *
 * @param donor the organisation or person who gave it, as they are acknowledged
 * @param amountYuan the value as a decimal string of yuan, e.g. {@code "416.1696"}
 */
public record DonationReceived(UUID donationId, String donor, DonationKind kind,
		String amountYuan) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.DonationReceived.v1";

	public DonationReceived {
		Yuan.checked(amountYuan, "amountYuan");
	}

	/**
	 * A donation from an exact amount.
	 * @param donationId the client's id
	 * @param donor who gave it
	 * @param kind cash, medical or other
	 * @param amountYuan the value in yuan
	 * @return the event, with the amount written as a plain decimal string
	 */
	public static DonationReceived of(UUID donationId, String donor, DonationKind kind, BigDecimal amountYuan) {
		return new DonationReceived(donationId, donor, kind, Yuan.of(amountYuan));
	}

	/**
	 * The value as an exact number; never parse {@link #amountYuan()} as a double.
	 * @return the amount in yuan
	 */
	public BigDecimal amount() {
		return Yuan.value(this.amountYuan);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.donationId.toString();
	}

}
