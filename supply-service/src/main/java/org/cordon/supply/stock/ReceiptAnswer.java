package org.cordon.supply.stock;

import java.util.UUID;

/**
 * The answer to a receipt.
 *
 * @param balance the warehouse's on-hand right after the receipt's line
 */
record ReceiptAnswer(UUID receiptId, String status, long balance) {

}
