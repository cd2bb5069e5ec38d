package org.cordon.supply.orders;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.supply.items.Items;
import org.cordon.supply.web.Answers;

/**
 * Places an order for a defined item once per orderId and announces it.
 */
@Service
class PlacingOrders {

	private final Items items;

	private final Orders orders;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	PlacingOrders(Items items, Orders orders, ClientIds clientIds, Outbox outbox, TransactionalOperator transactions) {
		this.items = items;
		this.orders = orders;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param sent the order as sent, its day left out if the client left it out: a repeat
	 * is compared with it, so a retry without a day stays a duplicate after midnight
	 * @param order the order with its day resolved, as stored and announced
	 * @param provenance who placed it
	 * @return the order, flagged as duplicate on a repeat
	 */
	Mono<Created<SupplyOrdered>> place(SupplyOrdered sent, SupplyOrdered order, Provenance provenance) {
		return this.transactions
			.transactional(this.clientIds.createOnce("order", order.orderId(), sent, SupplyOrdered.class,
					() -> this.items.find(order.sku())
						.switchIfEmpty(Mono.error(() -> Answers.unknownSku(order.sku())))
						.then(this.orders.insert(order))
						.then(this.outbox.append(order, provenance))
						.thenReturn(order)));
	}

}
