package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the reports of one checkpoint and day that took effect at one instant added to
 * that day's totals: a first report's figures, or a correction's difference to the
 * revision it replaced. The totals as of an instant are the sum of the contributions that
 * took effect at or before it.
 *
 * @param checkpointId the checkpoint
 * @param day the day the reports count for
 * @param effectiveAt the reports' {@code ce_time}
 * @param delta what they added
 */
public record Contribution(UUID checkpointId, LocalDate day, Instant effectiveAt, Totals delta) {

	public Contribution {
		Objects.requireNonNull(checkpointId, "checkpointId");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(effectiveAt, "effectiveAt");
		Objects.requireNonNull(delta, "delta");
	}

}
