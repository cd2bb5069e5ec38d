package org.cordon.contracts.supply;

import org.cordon.contracts.DomainEvent;

/**
 * An event of the supply context. Most are keyed by the item's sku; a donation by its
 * donation id and a market price by its commodity, as EVENTS.md lists.
 */
public sealed interface SupplyEvent extends DomainEvent
		permits ItemDefined, SupplyOrdered, SupplyReceived, SupplyIssued, StockLow, DonationReceived, PriceObserved {

}
