package org.cordon.contracts.supply;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An item was ordered from a supplier; receipts that name the order count against it.
 *
 * @param orderedOn the day the order was placed; {@code null} in events written before
 * the day was carried, for which readers take the day of the event's time
 */
public record SupplyOrdered(UUID orderId, String sku, int quantity, String supplier, LocalDate expectedOn,
		LocalDate orderedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyOrdered.v1";

	/**
	 * An order as events carried it before the day it was placed was added.
	 * @param orderId the client's id
	 * @param sku the item
	 * @param quantity how many
	 * @param supplier from whom
	 * @param expectedOn when it should arrive
	 */
	public SupplyOrdered(UUID orderId, String sku, int quantity, String supplier, LocalDate expectedOn) {
		this(orderId, sku, quantity, supplier, expectedOn, null);
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
