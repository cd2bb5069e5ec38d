package org.cordon.supply.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.supply.items.Items;
import org.cordon.supply.stock.domain.ScarceStock;
import org.cordon.supply.web.Answers;

/**
 * Issues supplies once per issueId, in one transaction: takes them from the warehouse's
 * stock card if the database finds enough above the priority's floor, writes the line,
 * and announces it, with StockLow when the line leaves the warehouse low. A refused issue
 * changes nothing.
 */
@Service
class IssuingSupplies {

	private final Items items;

	private final StockCards cards;

	private final LowStockAnnouncements lowStock;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	IssuingSupplies(Items items, StockCards cards, LowStockAnnouncements lowStock, ClientIds clientIds, Outbox outbox,
			TransactionalOperator transactions) {
		this.items = items;
		this.cards = cards;
		this.lowStock = lowStock;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param sent the issue as sent, its day left out if the client left it out: a repeat
	 * is compared with it, so a retry without a day stays a duplicate after midnight
	 * @param issue the issue with its day resolved, as booked and announced
	 * @param provenance who issued it
	 * @return the line written, flagged as duplicate on a repeat; 409 when stock is short
	 */
	Mono<Created<StockLine>> issue(SupplyIssued sent, SupplyIssued issue, Provenance provenance) {
		return this.transactions
			.transactional(this.clientIds.createOnce("issue", issue.issueId(), sent, StockLine.class,
					() -> this.items.find(issue.sku())
						.switchIfEmpty(Mono.error(() -> Answers.unknownSku(issue.sku())))
						.flatMap((item) -> take(item, issue, provenance))));
	}

	private Mono<StockLine> take(ItemDefined item, SupplyIssued issue, Provenance provenance) {
		long floor = ScarceStock.floor(issue.priority(), item.lowStockThreshold());
		return this.cards.take(issue.sku(), issue.warehouse(), issue.quantity(), floor)
			.switchIfEmpty(Mono.defer(() -> refuse(item, issue)))
			.flatMap((line) -> this.cards.appendIssue(issue, line)
				.then(this.lowStock.after(item, issue.warehouse(), line))
				.flatMap((lows) -> {
					List<SupplyEvent> events = new ArrayList<>();
					events.add(issue);
					events.addAll(lows);
					return this.outbox.append(events, provenance);
				})
				.thenReturn(new StockLine(issue.issueId(), line.balance())));
	}

	private <T> Mono<T> refuse(ItemDefined item, SupplyIssued issue) {
		return this.cards.onHand(issue.sku(), issue.warehouse()).flatMap((onHand) -> {
			int threshold = item.lowStockThreshold();
			return Mono.error(ProblemException.conflict(
					ScarceStock.refusal(issue.priority(), issue.quantity(), onHand, threshold),
					Map.of("onHand", onHand, "available", ScarceStock.available(issue.priority(), onHand, threshold))));
		});
	}

}
