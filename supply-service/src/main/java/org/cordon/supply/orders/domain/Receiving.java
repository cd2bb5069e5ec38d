package org.cordon.supply.orders.domain;

/**
 * What a receipt that names an order does to it.
 */
public sealed interface Receiving {

	/**
	 * The receipt counts against the order.
	 *
	 * @param receivedAfter what the order has received with this receipt
	 */
	record Counted(long receivedAfter) implements Receiving {

	}

	/**
	 * The order is for another item: the receipt cannot be against it.
	 *
	 * @param orderedSku the order's item
	 */
	record OtherItem(String orderedSku) implements Receiving {

	}

	/**
	 * More would be received than was ordered, and the receipt did not say it means to.
	 *
	 * @param ordered what the order is for
	 * @param received what it has received so far
	 */
	record OverReceipt(int ordered, long received) implements Receiving {

		public long outstanding() {
			return Math.max(0, this.ordered - this.received);
		}

	}

}
