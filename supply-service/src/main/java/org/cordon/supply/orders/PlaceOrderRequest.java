package org.cordon.supply.orders;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /api/supplies/orders}.
 *
 * @param orderedOn the day the order was placed; optional, today when left out
 */
record PlaceOrderRequest(UUID orderId, String sku, Integer quantity, String supplier, LocalDate expectedOn,
		LocalDate orderedOn) {

}
