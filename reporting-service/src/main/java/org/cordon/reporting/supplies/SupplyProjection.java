package org.cordon.reporting.supplies;

import java.util.List;

import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyEvents;
import org.cordon.reporting.consuming.Projection;
import org.cordon.reporting.supplies.domain.SupplyEventChecks;

/**
 * A projection of the supply events. Every view of the context reads the same topic and
 * refuses the same events, so an event is applied to all of the context's views or to
 * none.
 */
public interface SupplyProjection extends Projection<SupplyEvent> {

	@Override
	default String topic() {
		return SupplyEvents.TOPIC;
	}

	@Override
	default Class<SupplyEvent> eventType() {
		return SupplyEvent.class;
	}

	@Override
	default List<String> problems(SupplyEvent event) {
		return SupplyEventChecks.problems(event);
	}

}
