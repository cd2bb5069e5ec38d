package org.cordon.reporting.rebuild.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far a rebuild has come, in records of the log (events, and the few records that
 * could not be read): those it applied, of those it has to apply to reach the live views.
 * The total grows while events keep arriving, and never shrinks.
 *
 * @param eventsApplied records read and applied to the rebuild's tables
 * @param eventsTotal records from the start of the log to the live views' positions (or
 * to the rebuild's own, where a partition's live position moved back)
 */
public record RebuildProgress(long eventsApplied, long eventsTotal) {

	/** Before the first record. */
	public static final RebuildProgress NONE = new RebuildProgress(0, 0);

	public RebuildProgress {
		if (eventsApplied < 0 || eventsTotal < eventsApplied) {
			throw new IllegalArgumentException("Not a progress: " + eventsApplied + " of " + eventsTotal);
		}
	}

	/**
	 * @param <P> how a partition is named
	 * @param beginnings the first offset of each partition (older records are gone)
	 * @param positions the rebuild's next offset by partition
	 * @param targets the next offset the rebuild has to reach, by partition
	 * @return the progress they make
	 */
	public static <P> RebuildProgress of(Map<P, Long> beginnings, Map<P, Long> positions, Map<P, Long> targets) {
		Set<P> partitions = new HashSet<>(beginnings.keySet());
		partitions.addAll(positions.keySet());
		partitions.addAll(targets.keySet());
		long applied = 0;
		long total = 0;
		for (P partition : partitions) {
			long beginning = beginnings.getOrDefault(partition, 0L);
			long position = Math.max(beginning, positions.getOrDefault(partition, beginning));
			long target = Math.max(position, targets.getOrDefault(partition, position));
			applied += position - beginning;
			total += target - beginning;
		}
		return new RebuildProgress(applied, total);
	}

	/**
	 * @param earlier the progress reported before
	 * @return this progress, with a total no smaller than the one reported before
	 */
	public RebuildProgress notBelow(RebuildProgress earlier) {
		return new RebuildProgress(this.eventsApplied, Math.max(this.eventsTotal, earlier.eventsTotal));
	}

	/**
	 * @return the progress of a rebuild that reached its target: everything applied
	 */
	public RebuildProgress complete() {
		return new RebuildProgress(this.eventsApplied, this.eventsApplied);
	}

}
