package org.cordon.contracts.supply;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An item was ordered from a supplier; receipts that name the order count against it.
 */
public record SupplyOrdered(UUID orderId, String sku, int quantity, String supplier,
		LocalDate expectedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyOrdered.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
