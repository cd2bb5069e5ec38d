package org.cordon.supply.stock;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.supply.stock.domain.CardLine;

/**
 * The stock cards: one row per item and warehouse with its on-hand, and the ledger of
 * their lines. Every change takes the card's row lock by updating it, so the lines of a
 * card are written one transaction after the other and each balance is exact.
 */
@Repository
class StockCards {

	// the update leaves "low" alone, so it is still the state from before the line
	private static final String RETURNING = " returning lines, on_hand, low as announced_low";

	private final DatabaseClient database;

	StockCards(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Adds to the card, opening it on the warehouse's first receipt of the item.
	 * @param sku the item
	 * @param warehouse the warehouse
	 * @param quantity how many arrived
	 * @return the card after the new line
	 */
	Mono<CardLine> add(String sku, String warehouse, int quantity) {
		return this.database.sql("""
				insert into stock as s (sku, warehouse, on_hand, lines) values ($1, $2, $3, 1)
				on conflict (sku, warehouse)
				do update set on_hand = s.on_hand + excluded.on_hand, lines = s.lines + 1""" + RETURNING)
			.bind(0, sku)
			.bind(1, warehouse)
			.bind(2, (long) quantity)
			.map(StockCards::line)
			.one();
	}

	/**
	 * Takes from the card if, and only if, at least {@code floor} stays on it. The
	 * database decides: concurrent takes of one card wait for each other's row lock and
	 * each re-checks the condition against the balance the previous one left, so the card
	 * never goes below the floor, however many ask at once.
	 * @param sku the item
	 * @param warehouse the warehouse
	 * @param quantity how many to issue
	 * @param floor what must stay on the card
	 * @return the card after the new line, or empty when the stock does not suffice
	 */
	Mono<CardLine> take(String sku, String warehouse, int quantity, long floor) {
		return this.database.sql("""
				update stock set on_hand = on_hand - $3, lines = lines + 1
				 where sku = $1 and warehouse = $2 and on_hand - $3 >= $4""" + RETURNING)
			.bind(0, sku)
			.bind(1, warehouse)
			.bind(2, (long) quantity)
			.bind(3, floor)
			.map(StockCards::line)
			.one();
	}

	/**
	 * @param sku the item
	 * @param warehouse the warehouse
	 * @return what the warehouse holds; zero when it never received the item
	 */
	Mono<Long> onHand(String sku, String warehouse) {
		return this.database.sql("select on_hand from stock where sku = $1 and warehouse = $2")
			.bind(0, sku)
			.bind(1, warehouse)
			.map((row) -> row.get("on_hand", Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

	/**
	 * Records whether the warehouse's being low has been announced; call in the
	 * transaction that wrote the line, which holds the card's lock.
	 * @param sku the item
	 * @param warehouse the warehouse
	 * @param low the new state
	 * @return completion
	 */
	Mono<Void> setAnnouncedLow(String sku, String warehouse, boolean low) {
		return this.database.sql("update stock set low = $3 where sku = $1 and warehouse = $2")
			.bind(0, sku)
			.bind(1, warehouse)
			.bind(2, low)
			.fetch()
			.rowsUpdated()
			.then();
	}

	Mono<Void> appendReceipt(SupplyReceived receipt, CardLine line) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into stock_ledger (sku, warehouse, line, kind, document_id, quantity, balance, source, order_id,
				                          booked_on)
				values ($1, $2, $3, 'RECEIPT', $4, $5, $6, $7, $8, $9)""")
			.bind(0, receipt.sku())
			.bind(1, receipt.warehouse())
			.bind(2, line.line())
			.bind(3, receipt.receiptId())
			.bind(4, receipt.quantity())
			.bind(5, line.balance())
			.bind(6, receipt.source().name())
			.bind(8, receipt.receivedOn());
		insert = (receipt.orderId() != null) ? insert.bind(7, receipt.orderId()) : insert.bindNull(7, UUID.class);
		return insert.fetch().rowsUpdated().then();
	}

	Mono<Void> appendIssue(SupplyIssued issue, CardLine line) {
		return this.database
			.sql("""
					insert into stock_ledger (sku, warehouse, line, kind, document_id, quantity, balance, recipient, priority,
					                          booked_on)
					values ($1, $2, $3, 'ISSUE', $4, $5, $6, $7, $8, $9)""")
			.bind(0, issue.sku())
			.bind(1, issue.warehouse())
			.bind(2, line.line())
			.bind(3, issue.issueId())
			.bind(4, issue.quantity())
			.bind(5, line.balance())
			.bind(6, issue.recipient())
			.bind(7, issue.priority().name())
			.bind(8, issue.issuedOn())
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static CardLine line(Readable row) {
		return new CardLine(row.get("lines", Integer.class), row.get("on_hand", Long.class),
				row.get("announced_low", Boolean.class));
	}

}
