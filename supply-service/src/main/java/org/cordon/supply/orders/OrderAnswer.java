package org.cordon.supply.orders;

import java.util.UUID;

/**
 * The answer to placing an order.
 */
record OrderAnswer(UUID orderId, String status) {

}
