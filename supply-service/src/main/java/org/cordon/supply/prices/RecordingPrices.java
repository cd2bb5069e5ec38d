package org.cordon.supply.prices;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.PriceObserved;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Records a price once per market, commodity and day and announces it. Prices carry no
 * client id, so that natural key stands in for one: the same observation again is a
 * duplicate, another price or unit for the same key a conflict.
 */
@Service
class RecordingPrices {

	private final Prices prices;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingPrices(Prices prices, Outbox outbox, TransactionalOperator transactions) {
		this.prices = prices;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<PriceObserved>> record(PriceObserved price, Provenance provenance) {
		Mono<Created<PriceObserved>> recording = this.prices.insertIfNew(price)
			.flatMap((inserted) -> inserted
					? this.outbox.append(price, provenance).thenReturn(new Created<>(price, false))
					: this.prices.find(price.market(), price.commodity(), price.observedOn())
						.map((stored) -> repeat(stored, price)));
		return this.transactions.transactional(recording);
	}

	private static Created<PriceObserved> repeat(PriceObserved stored, PriceObserved price) {
		if (!stored.equals(price)) {
			throw ProblemException.conflict("A price of " + price.commodity() + " at " + price.market() + " on "
					+ price.observedOn() + " is already recorded: " + stored.priceYuan() + " yuan per " + stored.unit()
					+ ". One observation per market, commodity and day; nothing was changed.");
		}
		return new Created<>(stored, true);
	}

}
