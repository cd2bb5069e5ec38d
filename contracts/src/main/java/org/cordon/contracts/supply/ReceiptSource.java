package org.cordon.contracts.supply;

/**
 * Where received supplies came from.
 */
public enum ReceiptSource {

	/** Bought, usually against an order. */
	PURCHASE,
	/** Given by a donor. */
	DONATION,
	/** Allocated by a higher level of government. */
	ALLOCATION

}
