package org.cordon.supply.items;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Defines an item once per sku and announces it. The sku is the client's id, and it is
 * not a UUID, so the catalogue's primary key guards it instead of the client-id table:
 * the same definition again is a duplicate, another one under the same sku a conflict.
 */
@Service
class DefiningItems {

	private final Items items;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	DefiningItems(Items items, Outbox outbox, TransactionalOperator transactions) {
		this.items = items;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<ItemDefined>> define(ItemDefined item, Provenance provenance) {
		Mono<Created<ItemDefined>> defining = this.items.insertIfNew(item)
			.flatMap(
					(inserted) -> inserted ? this.outbox.append(item, provenance).thenReturn(new Created<>(item, false))
							: this.items.find(item.sku()).map((stored) -> repeat(stored, item)));
		return this.transactions.transactional(defining);
	}

	private static Created<ItemDefined> repeat(ItemDefined stored, ItemDefined item) {
		if (!stored.equals(item)) {
			throw ProblemException.conflict("The sku " + item.sku()
					+ " is already defined with other content; an item never changes, use a new sku.");
		}
		return new Created<>(stored, true);
	}

}
