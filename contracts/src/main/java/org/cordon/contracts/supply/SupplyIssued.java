package org.cordon.contracts.supply;

import java.util.UUID;

/**
 * Supplies left a warehouse for a recipient: an issue line on its stock card.
 */
public record SupplyIssued(UUID issueId, String sku, int quantity, String warehouse, String recipient,
		IssuePriority priority) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyIssued.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
