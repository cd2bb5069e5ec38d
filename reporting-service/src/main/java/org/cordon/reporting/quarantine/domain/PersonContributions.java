package org.cordon.reporting.quarantine.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.quarantine.QuarantineEvent;

/**
 * Folds a batch's events into one change per person and instant they took effect, by the
 * rule of {@link PersonChange}, so that a person's history is written with one row per
 * pair. A person as of an instant is the changes at or before it merged in the order of
 * their instants, as the live row merged them in the order they arrived.
 */
public final class PersonContributions {

	private final Map<Key, PersonChange> changes = new LinkedHashMap<>();

	/**
	 * @param event an event of the batch; one that changes no summary is passed over
	 * @param effectiveAt its {@code ce_time}
	 * @return this
	 */
	public PersonContributions add(QuarantineEvent event, Instant effectiveAt) {
		if (PersonChange.matters(event)) {
			this.changes.merge(new Key(event.personId(), effectiveAt), PersonChange.of(event.personId()).with(event),
					(known, ignored) -> known.with(event));
		}
		return this;
	}

	/**
	 * @return one change per person and instant, in the order they first appeared
	 */
	public List<Contribution> changes() {
		List<Contribution> contributions = new ArrayList<>();
		this.changes.forEach((key, change) -> contributions.add(new Contribution(key.effectiveAt(), change)));
		return contributions;
	}

	/**
	 * What a person's events that took effect at one instant told.
	 *
	 * @param effectiveAt the events' {@code ce_time}
	 * @param change what they told
	 */
	public record Contribution(Instant effectiveAt, PersonChange change) {

	}

	private record Key(UUID personId, Instant effectiveAt) {

	}

}
