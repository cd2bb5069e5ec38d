package org.cordon.supply.stock;

import java.util.UUID;

/**
 * What a receipt or an issue wrote, kept with its client id so a repeat gets the same
 * answer.
 *
 * @param documentId the receiptId or issueId
 * @param balance the warehouse's on-hand right after the line, as on a stock card
 */
record StockLine(UUID documentId, long balance) {

}
