package org.cordon.supply.orders.domain;

import java.util.UUID;

/**
 * An order as it stands: ordered against received. Suppliers deliver in parts (the
 * bulletins: 300,000 masks bought, 44,000 arrived), so receipts add up against it; more
 * than was ordered is accepted only when the receipt says so, because it is usually a
 * receipt booked twice or against the wrong order.
 *
 * @param orderId the order
 * @param sku the item ordered
 * @param ordered how many were ordered
 * @param received how many have been received against it
 */
public record OrderBalance(UUID orderId, String sku, int ordered, long received) {

	/**
	 * @param receivedSku the receipt's item
	 * @param quantity the receipt's quantity
	 * @param overReceipt whether the receipt says it means to exceed the order
	 * @return what the receipt does to the order
	 */
	public Receiving receive(String receivedSku, int quantity, boolean overReceipt) {
		if (!this.sku.equals(receivedSku)) {
			return new Receiving.OtherItem(this.sku);
		}
		long after = this.received + quantity;
		if (after > this.ordered && !overReceipt) {
			return new Receiving.OverReceipt(this.ordered, this.received);
		}
		return new Receiving.Counted(after);
	}

}
