package org.cordon.contracts.supply;

/**
 * How donations are totalled in the bulletins.
 */
public enum DonationKind {

	CASH, MEDICAL, OTHER

}
