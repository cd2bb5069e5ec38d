package org.cordon.supply.stock;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.StockLow;
import org.cordon.supply.stock.domain.CardLine;
import org.cordon.supply.stock.domain.LowStockChange;

/**
 * Keeps a card's low-stock state in step with the line just written, in the line's own
 * transaction, and says whether the line announces StockLow.
 */
@Component
class LowStockAnnouncements {

	private final StockCards cards;

	LowStockAnnouncements(StockCards cards) {
		this.cards = cards;
	}

	/**
	 * @param item the card's item
	 * @param warehouse the card's warehouse
	 * @param line the line just written
	 * @return the StockLow to announce with the line, if any
	 */
	Mono<List<StockLow>> after(ItemDefined item, String warehouse, CardLine line) {
		LowStockChange change = LowStockChange.after(line.balance(), item.lowStockThreshold(), line.announcedLow());
		if (change == LowStockChange.ANNOUNCE) {
			return this.cards.setAnnouncedLow(item.sku(), warehouse, true)
				.thenReturn(List.of(new StockLow(item.sku(), warehouse, line.balance(), item.lowStockThreshold())));
		}
		if (change == LowStockChange.CLEAR) {
			return this.cards.setAnnouncedLow(item.sku(), warehouse, false).thenReturn(List.of());
		}
		return Mono.just(List.of());
	}

}
