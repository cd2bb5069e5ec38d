package org.cordon.contracts.supply;

import java.util.UUID;

/**
 * Supplies arrived in a warehouse: a receipt line on its stock card.
 *
 * @param orderId the order the receipt counts against; {@code null} when it names none
 */
public record SupplyReceived(UUID receiptId, String sku, int quantity, String warehouse, ReceiptSource source,
		UUID orderId) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyReceived.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
