package org.cordon.supply.donations;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.DonationReceived;

/**
 * The donations received.
 */
@Repository
class Donations {

	private final DatabaseClient database;

	Donations(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(DonationReceived donation) {
		return this.database.sql("""
				insert into donations (donation_id, donor, kind, amount_yuan, received_on)
				values ($1, $2, $3, $4, $5)""")
			.bind(0, donation.donationId())
			.bind(1, donation.donor())
			.bind(2, donation.kind().name())
			.bind(3, donation.amount())
			.bind(4, donation.receivedOn())
			.fetch()
			.rowsUpdated()
			.then();
	}

}
