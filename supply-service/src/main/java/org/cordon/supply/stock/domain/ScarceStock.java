package org.cordon.supply.stock.domain;

import java.util.EnumSet;
import java.util.Set;

import org.cordon.contracts.supply.IssuePriority;

/**
 * "Scarce supplies go first to fever clinics and to the sampling and disinfection teams"
 * (the bulletins). An item's low-stock threshold is therefore also its reserve: fever
 * clinics and sampling teams may draw a warehouse down to zero, every other recipient
 * only down to the threshold. An item with threshold zero has no reserve.
 */
public final class ScarceStock {

	/** The priorities the reserve is kept for. */
	public static final Set<IssuePriority> SERVED_FIRST = EnumSet.of(IssuePriority.FEVER_CLINIC,
			IssuePriority.SAMPLING);

	private ScarceStock() {
	}

	/**
	 * The least an issue of this priority must leave in the warehouse.
	 * @param priority the recipient's priority
	 * @param threshold the item's low-stock threshold
	 * @return zero for the first priorities, the threshold for the others
	 */
	public static long floor(IssuePriority priority, int threshold) {
		return SERVED_FIRST.contains(priority) ? 0 : threshold;
	}

	/**
	 * How many an issue of this priority may take.
	 * @param priority the recipient's priority
	 * @param onHand what the warehouse holds
	 * @param threshold the item's low-stock threshold
	 * @return on-hand above the floor, never negative
	 */
	public static long available(IssuePriority priority, long onHand, int threshold) {
		return Math.max(0, onHand - floor(priority, threshold));
	}

	/**
	 * Why an issue was refused, for the client.
	 * @param priority the recipient's priority
	 * @param quantity what the issue asked for
	 * @param onHand what the warehouse holds
	 * @param threshold the item's low-stock threshold
	 * @return the reason, naming the reserve when it is what stood in the way
	 */
	public static String refusal(IssuePriority priority, int quantity, long onHand, int threshold) {
		if (quantity <= onHand && floor(priority, threshold) > 0) {
			return "Only " + available(priority, onHand, threshold) + " may be issued to " + priority + ": the last "
					+ threshold + " of " + onHand + " on hand are kept for " + SERVED_FIRST + ". Nothing was changed.";
		}
		return "Only " + onHand + " on hand; the issue asks for " + quantity + ". Nothing was changed.";
	}

}
