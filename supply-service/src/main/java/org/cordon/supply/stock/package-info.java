/**
 * Stock per item and warehouse, kept as stock cards: receipts and issues are lines of an
 * append-only ledger, each with the balance it left, and the card's on-hand changes in
 * the same transaction. The database decides whether an issue fits.
 */
package org.cordon.supply.stock;
