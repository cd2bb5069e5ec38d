package org.cordon.supply.donations;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.DonationReceived;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;

/**
 * Records a donation once per donationId and announces it.
 */
@Service
class RecordingDonations {

	private final Donations donations;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingDonations(Donations donations, ClientIds clientIds, Outbox outbox, TransactionalOperator transactions) {
		this.donations = donations;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param sent the donation as sent, its day left out if the client left it out: a
	 * repeat is compared with it, so a retry without a day stays a duplicate after
	 * midnight
	 * @param donation the donation with its day resolved, as stored and announced
	 * @param provenance who recorded it
	 * @return the donation, flagged as duplicate on a repeat
	 */
	Mono<Created<DonationReceived>> record(DonationReceived sent, DonationReceived donation, Provenance provenance) {
		return this.transactions
			.transactional(this.clientIds.createOnce("donation", donation.donationId(), sent, DonationReceived.class,
					() -> this.donations.insert(donation)
						.then(this.outbox.append(donation, provenance))
						.thenReturn(donation)));
	}

}
