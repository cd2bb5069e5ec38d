package org.cordon.supply.stock;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.supply.ReceiptSource;

/**
 * The body of {@code POST /api/supplies/receipts}.
 *
 * @param orderId the order the receipt fills; optional
 * @param overReceipt {@code true} to accept more than the order has outstanding;
 * optional, only with an orderId
 * @param receivedOn the day the goods arrived; optional, today when left out
 */
record ReceiveRequest(UUID receiptId, String sku, Integer quantity, String warehouse, ReceiptSource source,
		UUID orderId, Boolean overReceipt, LocalDate receivedOn) {

}
