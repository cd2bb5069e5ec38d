package org.cordon.contracts.supply;

import java.util.List;

import org.cordon.contracts.EventType;

/**
 * The topic and the type names of the supply context.
 */
public final class SupplyEvents {

	public static final String TOPIC = "supply.events";

	public static final List<EventType> TYPES = List.of(new EventType(ItemDefined.TYPE, ItemDefined.class, TOPIC),
			new EventType(SupplyOrdered.TYPE, SupplyOrdered.class, TOPIC),
			new EventType(SupplyReceived.TYPE, SupplyReceived.class, TOPIC),
			new EventType(SupplyIssued.TYPE, SupplyIssued.class, TOPIC),
			new EventType(StockLow.TYPE, StockLow.class, TOPIC),
			new EventType(DonationReceived.TYPE, DonationReceived.class, TOPIC),
			new EventType(PriceObserved.TYPE, PriceObserved.class, TOPIC));

	private SupplyEvents() {
	}

}
