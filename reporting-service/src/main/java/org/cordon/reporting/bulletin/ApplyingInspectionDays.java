package org.cordon.reporting.bulletin;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.reporting.bulletin.domain.InspectionDayChanges;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.inspections.InspectionProjection;
import org.cordon.reporting.stream.ViewChange;

/**
 * Places a batch of inspection events on their business days, inside the consumer's
 * transaction and beside the inspection ledger's own projection: one merge of the issues'
 * days and one insert of the actions', whatever the batch's size. The bulletin is read on
 * demand and streams nothing.
 */
@Service
class ApplyingInspectionDays implements InspectionProjection {

	private final InspectionDays days;

	private final Clock clock;

	ApplyingInspectionDays(InspectionDays days, Clock clock) {
		this.days = days;
		this.clock = clock;
	}

	@Override
	public boolean changesAView(InspectionEvent event) {
		return InspectionDayChanges.matters(event);
	}

	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<InspectionEvent>> events) {
		InspectionDayChanges changes = new InspectionDayChanges(this.clock.getZone());
		events.forEach((timed) -> changes.add(timed.event(), timed.time()));
		return this.days.merge(changes.issues(), changes.actions()).thenReturn(List.of());
	}

}
