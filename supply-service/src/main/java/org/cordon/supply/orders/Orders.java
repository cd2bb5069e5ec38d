package org.cordon.supply.orders;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.supply.orders.domain.OrderBalance;

/**
 * The orders and what each has received.
 */
@Repository
public class Orders {

	private final DatabaseClient database;

	Orders(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(SupplyOrdered order) {
		return this.database.sql("""
				insert into orders (order_id, sku, quantity, supplier, expected_on, ordered_on)
				values ($1, $2, $3, $4, $5, $6)""")
			.bind(0, order.orderId())
			.bind(1, order.sku())
			.bind(2, order.quantity())
			.bind(3, order.supplier())
			.bind(4, order.expectedOn())
			.bind(5, order.orderedOn())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Reads the order and locks it for the rest of the transaction, so that receipts
	 * against one order are counted one after the other; call inside a transaction.
	 * @param orderId the order
	 * @return the order as it stands, or empty when there is none
	 */
	public Mono<OrderBalance> lockForReceipt(UUID orderId) {
		return this.database.sql("select order_id, sku, quantity, received from orders where order_id = $1 for update")
			.bind(0, orderId)
			.map((row) -> new OrderBalance(row.get("order_id", UUID.class), row.get("sku", String.class),
					row.get("quantity", Integer.class), row.get("received", Long.class)))
			.one();
	}

	/**
	 * @param orderId a locked order
	 * @param receivedAfter what it has received, this receipt included
	 * @return completion
	 */
	public Mono<Void> setReceived(UUID orderId, long receivedAfter) {
		return this.database.sql("update orders set received = $2 where order_id = $1")
			.bind(0, orderId)
			.bind(1, receivedAfter)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
