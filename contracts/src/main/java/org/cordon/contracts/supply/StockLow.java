package org.cordon.contracts.supply;

/**
 * A warehouse's stock of an item fell below the item's threshold. Announced once per
 * stretch below it: again only after the stock was back at or above the threshold.
 *
 * @param onHand what the warehouse holds after the change that made it low
 * @param threshold the item's low-stock threshold
 */
public record StockLow(String sku, String warehouse, long onHand, int threshold) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.StockLow.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
