package org.cordon.reporting.inspections;

import java.util.List;

import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.contracts.inspection.InspectionEvents;
import org.cordon.reporting.consuming.Projection;
import org.cordon.reporting.inspections.domain.InspectionEventChecks;

/**
 * A projection of the inspection events. Every view of the context reads the same topic
 * and refuses the same events, so an event is applied to all of the context's views or to
 * none.
 */
public interface InspectionProjection extends Projection<InspectionEvent> {

	@Override
	default String topic() {
		return InspectionEvents.TOPIC;
	}

	@Override
	default Class<InspectionEvent> eventType() {
		return InspectionEvent.class;
	}

	@Override
	default List<String> problems(InspectionEvent event) {
		return InspectionEventChecks.problems(event);
	}

}
