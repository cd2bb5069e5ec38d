package org.cordon.reporting.supplies.domain;

/**
 * One entry of {@code GET /api/views/supplies/stock}.
 *
 * @param sku the item
 * @param name its name, null while its definition was not seen
 * @param unit what it is counted in, null while its definition was not seen
 * @param ordered quantities ordered
 * @param received quantities received
 * @param issued quantities issued
 * @param onHand received minus issued, over every warehouse
 * @param lowStock {@code onHand} below the item's threshold
 */
public record StockLine(String sku, String name, String unit, long ordered, long received, long issued, long onHand,
		boolean lowStock) {

	public static StockLine of(ItemStock item) {
		return new StockLine(item.sku(), item.name(), item.unit(), item.ordered(), item.received(), item.issued(),
				item.onHand(), item.lowStock());
	}

}
