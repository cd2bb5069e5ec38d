package org.cordon.supply.donations;

import java.util.UUID;

/**
 * The answer to recording a donation.
 */
record DonationAnswer(UUID donationId, String status) {

}
