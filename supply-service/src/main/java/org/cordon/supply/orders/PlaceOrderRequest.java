package org.cordon.supply.orders;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /api/supplies/orders}.
 */
record PlaceOrderRequest(UUID orderId, String sku, Integer quantity, String supplier, LocalDate expectedOn) {

}
