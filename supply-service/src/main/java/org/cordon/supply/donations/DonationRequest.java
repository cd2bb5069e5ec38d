package org.cordon.supply.donations;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.supply.DonationKind;

/**
 * The body of {@code POST /api/supplies/donations}; the amount is a decimal string, as
 * all money in the API.
 *
 * @param receivedOn the day the donation was received; optional, today when left out
 */
record DonationRequest(UUID donationId, String donor, DonationKind kind, String amountYuan, LocalDate receivedOn) {

}
