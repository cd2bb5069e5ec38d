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

	/** One mutable cell per partition moved: a build moves a position per record. */
	private final Map<Integer, long[]> advanced = new HashMap<>();

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
		long[] moved = this.advanced.get(partition);
		if (moved == null) {
			if (offset + 1 > next(partition)) {
				this.advanced.put(partition, new long[] { offset + 1 });
			}
		}
		else if (offset + 1 > moved[0]) {
			moved[0] = offset + 1;
		}
	}

	/**
	 * @return the positions that moved, to store with the views' changes
	 */
	public Map<Integer, Long> advanced() {
		Map<Integer, Long> positions = new HashMap<>();
		this.advanced.forEach((partition, moved) -> positions.put(partition, moved[0]));
		return Map.copyOf(positions);
	}

	private long next(int partition) {
		long[] moved = this.advanced.get(partition);
		return (moved != null) ? moved[0] : this.stored.getOrDefault(partition, 0L);
	}

}
