package org.cordon.reporting.consuming.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The next offset to read of each partition of one topic, as stored with the views. A
 * record below its partition's position was applied already (a redelivery after a
 * rebalance, or a replay) and must change nothing; every record consumed, applied or
 * dead-lettered, moves the position past itself.
 */
public final class PositionBook {

	private final Map<Integer, Long> stored;

	private final Map<Integer, Long> advanced = new HashMap<>();

	/**
	 * @param stored next offset by partition; a partition missing has consumed nothing
	 */
	public PositionBook(Map<Integer, Long> stored) {
		this.stored = Map.copyOf(stored);
	}

	/**
	 * Whether a record is new to the views; ask before {@link #consumed}.
	 * @param partition the record's partition
	 * @param offset the record's offset
	 * @return false when the stored position is past it already
	 */
	public boolean isNew(int partition, long offset) {
		return offset >= next(partition);
	}

	/**
	 * Moves the partition's position past a consumed record; never backwards.
	 * @param partition the record's partition
	 * @param offset the record's offset
	 */
	public void consumed(int partition, long offset) {
		if (offset + 1 > next(partition)) {
			this.advanced.put(partition, offset + 1);
		}
	}

	/**
	 * @return the positions that moved, to store with the views' changes
	 */
	public Map<Integer, Long> advanced() {
		return Map.copyOf(this.advanced);
	}

	private long next(int partition) {
		Long moved = this.advanced.get(partition);
		return (moved != null) ? moved : this.stored.getOrDefault(partition, 0L);
	}

}
