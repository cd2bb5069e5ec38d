package org.cordon.reporting.quarantine.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.quarantine.QuarantineEvent;

/**
 * Folds a batch's events into one change per person, in the order they were published (a
 * person's events share a partition, so they come in order), so that the view is updated
 * with one row per person however many events the batch holds.
 */
public final class PersonChanges {

	private final Map<UUID, PersonChange> changes = new LinkedHashMap<>();

	public PersonChanges add(QuarantineEvent event) {
		if (PersonChange.matters(event)) {
			this.changes.merge(event.personId(), PersonChange.of(event.personId()).with(event),
					(known, ignored) -> known.with(event));
		}
		return this;
	}

	/**
	 * @return one change per person, in the order the persons first appeared
	 */
	public List<PersonChange> changes() {
		return List.copyOf(this.changes.values());
	}

}
