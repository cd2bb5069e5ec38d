package org.cordon.contracts.supply;

/**
 * An item was added to the supply catalogue; its sku is the client's own id for it.
 *
 * @param sku the item's code, e.g. {@code MASK-SURGICAL}
 * @param name what the item is, e.g. 医用外科口罩
 * @param unit what one counts it in, e.g. 只 or kg (alcohol)
 * @param lowStockThreshold a warehouse holding fewer than this is low on the item
 */
public record ItemDefined(String sku, String name, String unit, int lowStockThreshold) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.ItemDefined.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
