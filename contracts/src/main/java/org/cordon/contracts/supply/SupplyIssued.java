package org.cordon.contracts.supply;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Supplies left a warehouse for a recipient: an issue line on its stock card.
 *
 * @param issuedOn the day the goods left; {@code null} in events written before the day
 * was carried, for which readers take the day of the event's time
 */
public record SupplyIssued(UUID issueId, String sku, int quantity, String warehouse, String recipient,
		IssuePriority priority, LocalDate issuedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.SupplyIssued.v1";

	/**
	 * An issue as events carried it before the day it left was added.
	 * @param issueId the client's id
	 * @param sku the item
	 * @param quantity how many
	 * @param warehouse where from
	 * @param recipient to whom
	 * @param priority the recipient's priority
	 */
	public SupplyIssued(UUID issueId, String sku, int quantity, String warehouse, String recipient,
			IssuePriority priority) {
		this(issueId, sku, quantity, warehouse, recipient, priority, null);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sku;
	}

}
