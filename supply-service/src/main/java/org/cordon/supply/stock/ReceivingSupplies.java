package org.cordon.supply.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.supply.items.Items;
import org.cordon.supply.orders.Orders;
import org.cordon.supply.orders.domain.Receiving;
import org.cordon.supply.web.Answers;

/**
 * Books a receipt once per receiptId, in one transaction: counts it against its order,
 * adds it to the warehouse's stock card as a new line, and announces it.
 */
@Service
class ReceivingSupplies {

	private final Items items;

	private final Orders orders;

	private final StockCards cards;

	private final LowStockAnnouncements lowStock;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	ReceivingSupplies(Items items, Orders orders, StockCards cards, LowStockAnnouncements lowStock, ClientIds clientIds,
			Outbox outbox, TransactionalOperator transactions) {
		this.items = items;
		this.orders = orders;
		this.cards = cards;
		this.lowStock = lowStock;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param sent the receipt as sent, its day left out if the client left it out: a
	 * repeat is compared with it, so a retry without a day stays a duplicate after
	 * midnight
	 * @param receipt the receipt with its day resolved, as booked and announced
	 * @param provenance who booked it
	 * @return the line written, flagged as duplicate on a repeat
	 */
	Mono<Created<StockLine>> receive(Sent sent, SupplyReceived receipt, Provenance provenance) {
		return this.transactions
			.transactional(this.clientIds.createOnce("receipt", receipt.receiptId(), sent, StockLine.class,
					() -> this.items.find(receipt.sku())
						.switchIfEmpty(Mono.error(() -> Answers.unknownSku(receipt.sku())))
						.flatMap((item) -> countAgainstOrder(receipt, sent.overReceipt())
							.then(book(item, receipt, provenance)))));
	}

	/**
	 * A receipt as the client sent it, with whether it may exceed its order.
	 *
	 * @param receipt the receipt, its day as sent
	 * @param overReceipt whether the receipt may take its order beyond what was ordered
	 */
	record Sent(SupplyReceived receipt, boolean overReceipt) {

	}

	private Mono<StockLine> book(ItemDefined item, SupplyReceived receipt, Provenance provenance) {
		return this.cards.add(receipt.sku(), receipt.warehouse(), receipt.quantity())
			.flatMap((line) -> this.cards.appendReceipt(receipt, line)
				.then(this.lowStock.after(item, receipt.warehouse(), line))
				.flatMap((lows) -> {
					List<SupplyEvent> events = new ArrayList<>();
					events.add(receipt);
					events.addAll(lows);
					return this.outbox.append(events, provenance);
				})
				.thenReturn(new StockLine(receipt.receiptId(), line.balance())));
	}

	private Mono<Void> countAgainstOrder(SupplyReceived receipt, boolean overReceipt) {
		if (receipt.orderId() == null) {
			return Mono.empty();
		}
		return this.orders.lockForReceipt(receipt.orderId())
			.switchIfEmpty(Mono.error(() -> ProblemException.invalid("orderId",
					"no order " + receipt.orderId()
							+ " was placed; place it first with POST /api/supplies/orders, or leave orderId out")))
			.flatMap((order) -> {
				Receiving receiving = order.receive(receipt.sku(), receipt.quantity(), overReceipt);
				if (receiving instanceof Receiving.Counted counted) {
					return this.orders.setReceived(order.orderId(), counted.receivedAfter());
				}
				if (receiving instanceof Receiving.OtherItem other) {
					return Mono.error(ProblemException.invalid("orderId",
							"is an order for " + other.orderedSku() + ", not for " + receipt.sku()));
				}
				Receiving.OverReceipt over = (Receiving.OverReceipt) receiving;
				return Mono.error(ProblemException.conflict("The order " + order.orderId() + " is for " + over.ordered()
						+ " and has received " + over.received() + "; " + receipt.quantity()
						+ " more would exceed it. Nothing was changed; send \"overReceipt\": true if more arrived than was ordered.",
						Map.of("ordered", over.ordered(), "received", over.received(), "outstanding",
								over.outstanding())));
			});
	}

}
