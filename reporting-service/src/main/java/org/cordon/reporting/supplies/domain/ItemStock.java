package org.cordon.reporting.supplies.domain;

import java.util.Objects;

/**
 * One item's row of the stock view, summed over every warehouse; also a change to one
 * (then the figures are what a batch adds, and null fields were not defined in it).
 *
 * @param sku the item
 * @param name its name, or null while its definition was not seen
 * @param unit what it is counted in, or null while its definition was not seen
 * @param lowStockThreshold its threshold, or null while its definition was not seen
 * @param ordered quantities ordered
 * @param received quantities received
 * @param issued quantities issued
 */
public record ItemStock(String sku, String name, String unit, Integer lowStockThreshold, long ordered, long received,
		long issued) {

	public ItemStock {
		Objects.requireNonNull(sku, "sku");
	}

	/**
	 * @param sku the item
	 * @return nothing known of it yet
	 */
	public static ItemStock of(String sku) {
		return new ItemStock(sku, null, null, null, 0, 0, 0);
	}

	public ItemStock defined(String name, String unit, int lowStockThreshold) {
		return new ItemStock(this.sku, name, unit, lowStockThreshold, this.ordered, this.received, this.issued);
	}

	public ItemStock plusOrdered(long quantity) {
		return new ItemStock(this.sku, this.name, this.unit, this.lowStockThreshold, this.ordered + quantity,
				this.received, this.issued);
	}

	public ItemStock plusReceived(long quantity) {
		return new ItemStock(this.sku, this.name, this.unit, this.lowStockThreshold, this.ordered,
				this.received + quantity, this.issued);
	}

	public ItemStock plusIssued(long quantity) {
		return new ItemStock(this.sku, this.name, this.unit, this.lowStockThreshold, this.ordered, this.received,
				this.issued + quantity);
	}

	/**
	 * @return what the warehouses hold together: received minus issued
	 */
	public long onHand() {
		return this.received - this.issued;
	}

	/**
	 * Low when the warehouses together hold less than the item's threshold.
	 * supply-service announces {@code StockLow} per warehouse; the view's figure is the
	 * city's, so one low warehouse among well-stocked ones does not make the item low
	 * here.
	 * @return whether the item is low; false while its threshold is unknown
	 */
	public boolean lowStock() {
		return this.lowStockThreshold != null && onHand() < this.lowStockThreshold;
	}

}
