package org.cordon.reporting.quarantine;

import java.util.List;

import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.contracts.quarantine.QuarantineEvents;
import org.cordon.reporting.consuming.Projection;
import org.cordon.reporting.quarantine.domain.QuarantineEventChecks;

/**
 * A projection of the quarantine events. Every view of the context reads the same topic
 * and refuses the same events, so an event is applied to all of the context's views or to
 * none.
 */
public interface QuarantineProjection extends Projection<QuarantineEvent> {

	@Override
	default String topic() {
		return QuarantineEvents.TOPIC;
	}

	@Override
	default Class<QuarantineEvent> eventType() {
		return QuarantineEvent.class;
	}

	@Override
	default List<String> problems(QuarantineEvent event) {
		return QuarantineEventChecks.problems(event);
	}

}
