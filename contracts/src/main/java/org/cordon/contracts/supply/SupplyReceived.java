package org.cordon.contracts.supply;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Supplies arrived in a warehouse: a receipt line on its stock card.
 *
 * @param orderId the order the receipt counts against; {@code null} when it names none
 * @param receivedOn the day the goods arrived; {@code null} in events written before the
 * day was carried, for which readers take the day of the event's time
 */
public record SupplyReceived(UUID receiptId, String sku, int quantity, String warehouse, ReceiptSource source,
		UUID orderId, LocalDate receivedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyReceived.v1";

	/**
	 * A receipt as events carried it before the day of arrival was added.
	 * @param receiptId the client's id
	 * @param sku the item
	 * @param quantity how many
	 * @param warehouse where to
	 * @param source purchase, donation or allocation
	 * @param orderId the order it counts against, or null
	 */
	public SupplyReceived(UUID receiptId, String sku, int quantity, String warehouse, ReceiptSource source,
			UUID orderId) {
		this(receiptId, sku, quantity, warehouse, source, orderId, null);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
