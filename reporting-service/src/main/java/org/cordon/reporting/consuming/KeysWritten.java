package org.cordon.reporting.consuming;

import java.util.Collection;
import java.util.UUID;

import org.cordon.reporting.consuming.domain.EventIdSet;

/**
 * The keys a build wrote to its tables of one row per person or issue, as a hint of which
 * rows of a batch are new to their table: those are copied in, the others merged
 * ({@link CopyingIn#copyNewOrElse}). Only a hint: a key taken for new that is there
 * already makes the copy fail and its rows be merged, and a key taken for written only
 * costs the merge it always cost. So a batch that rolled back may leave its keys here.
 * Holds up to a limit of keys (about 32 bytes each), then takes every other key for
 * written. Thread-safe: a build applies its topics at once.
 */
public final class KeysWritten {

	private final int limit;

	private final EventIdSet keys = new EventIdSet();

	/**
	 * @param limit the most keys to hold
	 */
	public KeysWritten(int limit) {
		this.limit = limit;
	}

	/**
	 * @param table the table
	 * @param key a row's key
	 * @return whether the build has not written the key to the table yet, as far as known
	 */
	synchronized boolean isNew(String table, UUID key) {
		return this.keys.size() < this.limit && !this.keys.contains(inTable(table, key));
	}

	/**
	 * @param table the table
	 * @param keys keys of rows just written
	 */
	synchronized void written(String table, Collection<UUID> keys) {
		for (UUID key : keys) {
			if (this.keys.size() >= this.limit) {
				return;
			}
			this.keys.add(inTable(table, key));
		}
	}

	/** One set for every table: the key mixed with the table's name. */
	private static UUID inTable(String table, UUID key) {
		return new UUID(key.getMostSignificantBits() ^ (table.hashCode() * 0x9E3779B97F4A7C15L),
				key.getLeastSignificantBits());
	}

}
