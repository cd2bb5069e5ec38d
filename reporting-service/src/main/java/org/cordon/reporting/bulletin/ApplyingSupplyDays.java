package org.cordon.reporting.bulletin;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.supplies.SupplyProjection;
import org.cordon.reporting.stream.ViewChange;

/**
 * Places a batch of supply events on their business days, inside the consumer's
 * transaction and beside the supply views' own projection: one addition to the items'
 * days, one to the donations' and one merge of the prices' days, whatever the batch's
 * size. The bulletin is read on demand and streams nothing.
 */
@Service
class ApplyingSupplyDays implements SupplyProjection {

	private final SupplyDays days;

	private final Clock clock;

	ApplyingSupplyDays(SupplyDays days, Clock clock) {
		this.days = days;
		this.clock = clock;
	}

	@Override
	public boolean changesAView(SupplyEvent event) {
		return SupplyDayChanges.matters(event);
	}

	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<SupplyEvent>> events) {
		SupplyDayChanges changes = new SupplyDayChanges(this.clock.getZone());
		events.forEach((timed) -> changes.add(timed.event(), timed.time()));
		return this.days.add(changes.items(), changes.donations(), changes.prices()).thenReturn(List.of());
	}

}
