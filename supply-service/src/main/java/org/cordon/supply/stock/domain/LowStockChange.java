package org.cordon.supply.stock.domain;

/**
 * What a stock card line does to the warehouse's low-stock state. A warehouse is low on
 * an item while its on-hand is below the item's threshold. StockLow is announced by the
 * first line that leaves it low; lines that keep it low announce nothing; a line that
 * brings it back to or above the threshold clears the state, so that the next fall is
 * announced again. The card keeps the state in the database, changed in the line's own
 * transaction.
 */
public enum LowStockChange {

	/** The line left the warehouse low, and that was not yet announced. */
	ANNOUNCE,
	/** The line brought the warehouse back to or above the threshold. */
	CLEAR,
	/** Nothing to announce or to clear. */
	NONE;

	/**
	 * @param onHand the balance the line left
	 * @param threshold the item's low-stock threshold
	 * @param announced whether the warehouse's being low was announced before the line
	 * @return what to do
	 */
	public static LowStockChange after(long onHand, int threshold, boolean announced) {
		boolean low = onHand < threshold;
		if (low && !announced) {
			return ANNOUNCE;
		}
		if (!low && announced) {
			return CLEAR;
		}
		return NONE;
	}

}
