package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cordon.reporting.consuming.domain.EventIdSet;

/**
 * The ids of the events a build applied, held in memory while it fills its tables instead
 * of claimed row by row in its {@code applied_events}: a claim there is an insert into a
 * unique index of random ids, the dearest statement of a build. Claims here are made
 * inside a batch's transaction and taken back if it rolls back, so the set holds exactly
 * the ids of the committed batches, as the table would.
 * <p>
 * Once handed over (when the build is filled, or holds as many ids as it may), the ids go
 * into the build's table in bulk and the build claims in its table from then on, as the
 * live consumer does. Thread-safe: a build applies its topics at once.
 */
public final class ClaimedInMemory {

	private final int limit;

	private EventIdSet ids = new EventIdSet();

	private boolean held = true;

	/**
	 * @param limit the most ids to hold before they must be handed over
	 */
	public ClaimedInMemory(int limit) {
		this.limit = limit;
	}

	/**
	 * @return whether claims are made here, not yet in the build's table
	 */
	synchronized boolean isHeld() {
		return this.held;
	}

	/**
	 * @return whether the ids should be handed over before the next batch
	 */
	public synchronized boolean isFull() {
		return this.held && this.ids.size() >= this.limit;
	}

	/**
	 * @param eventIds distinct ids
	 * @return those not claimed before, claimed now: the ids given when all are new
	 */
	synchronized Set<UUID> claim(Set<UUID> eventIds) {
		requireHeld();
		List<UUID> taken = null;
		for (UUID id : eventIds) {
			if (!this.ids.add(id)) {
				taken = (taken != null) ? taken : new ArrayList<>();
				taken.add(id);
			}
		}
		if (taken == null) {
			return eventIds;
		}
		Set<UUID> claimed = new LinkedHashSet<>(eventIds);
		taken.forEach(claimed::remove);
		return claimed;
	}

	/**
	 * Takes back the claims of a batch that rolled back.
	 * @param eventIds ids {@link #claim} answered
	 */
	synchronized void release(Collection<UUID> eventIds) {
		if (this.held) {
			eventIds.forEach(this.ids::remove);
		}
	}

	/**
	 * Ends claiming here; call between batches.
	 * @return every id claimed, to store in the build's table
	 */
	synchronized List<UUID> handOver() {
		requireHeld();
		List<UUID> all = this.ids.ids();
		this.ids = new EventIdSet();
		this.held = false;
		return all;
	}

	private void requireHeld() {
		if (!this.held) {
			throw new IllegalStateException("The claims were handed over to the build's table");
		}
	}

}
