package org.cordon.reporting.bulletin;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.reporting.bulletin.domain.QuarantineDayChanges;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.quarantine.QuarantineProjection;
import org.cordon.reporting.stream.ViewChange;

/**
 * Places a batch of quarantine events on their business days, inside the consumer's
 * transaction and beside the quarantine summary's own projection: one merge of the
 * persons' days and one of their isolations, whatever the batch's size. The bulletin is
 * read on demand and streams nothing.
 */
@Service
class ApplyingQuarantineDays implements QuarantineProjection {

	private final QuarantineDays days;

	private final Clock clock;

	ApplyingQuarantineDays(QuarantineDays days, Clock clock) {
		this.days = days;
		this.clock = clock;
	}

	@Override
	public boolean changesAView(QuarantineEvent event) {
		return QuarantineDayChanges.matters(event);
	}

	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<QuarantineEvent>> events) {
		QuarantineDayChanges changes = new QuarantineDayChanges(this.clock.getZone());
		events.forEach((timed) -> changes.add(timed.event(), timed.time()));
		return this.days.merge(changes.persons(), changes.isolations()).thenReturn(List.of());
	}

}
