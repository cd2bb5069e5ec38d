package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A donation of cash, medical supplies or other goods was received, valued in yuan.
 *
 * @param donor the organisation or person who gave it, as they are acknowledged
 * @param amountYuan the value as a decimal string of yuan, e.g. {@code "416.1696"}
 * @param receivedOn the day the donation was received; {@code null} in events written
 * before the day was carried, for which readers take the day of the event's time
 */
public record DonationReceived(UUID donationId, String donor, DonationKind kind, String amountYuan,
		LocalDate receivedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.DonationReceived.v1";

	public DonationReceived {
		Yuan.checked(amountYuan, "amountYuan");
	}

	/**
	 * A donation as events carried it before the day it was received was added.
	 * @param donationId the client's id
	 * @param donor who gave it
	 * @param kind cash, medical or other
	 * @param amountYuan the value as a decimal string of yuan
	 */
	public DonationReceived(UUID donationId, String donor, DonationKind kind, String amountYuan) {
		this(donationId, donor, kind, amountYuan, null);
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
	 * A donation from an exact amount, received on a day.
	 * @param donationId the client's id
	 * @param donor who gave it
	 * @param kind cash, medical or other
	 * @param amountYuan the value in yuan
	 * @param receivedOn the day it was received
	 * @return the event, with the amount written as a plain decimal string
	 */
	public static DonationReceived of(UUID donationId, String donor, DonationKind kind, BigDecimal amountYuan,
			LocalDate receivedOn) {
		return new DonationReceived(donationId, donor, kind, Yuan.of(amountYuan), receivedOn);
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
