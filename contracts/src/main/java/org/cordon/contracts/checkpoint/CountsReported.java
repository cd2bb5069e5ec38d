package org.cordon.contracts.checkpoint;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint reported its figures for a period, or corrected them.
 *
 * @param revision 1 for the first report of the period, +1 for each correction
 * @param previousCounts the figures this revision replaces; {@code null} on revision 1
 */
public record CountsReported(UUID checkpointId, UUID reportId, Instant periodStart, Instant periodEnd, int revision,
		Counts counts, Counts previousCounts) implements CheckpointEvent {

	public static final String TYPE = "cordon.checkpoint.CountsReported.v1";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * What this report changes in any total: all its figures on revision 1, the
	 * difference to the previous revision on a correction.
	 * @return the change to apply to a running total
	 */
	public Counts delta() {
		return (this.previousCounts != null) ? this.counts.minus(this.previousCounts) : this.counts;
	}

}
