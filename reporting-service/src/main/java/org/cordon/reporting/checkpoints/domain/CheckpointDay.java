package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The totals of one checkpoint for one day: a row of the view, or a change to one.
 */
public record CheckpointDay(UUID checkpointId, LocalDate day, Totals totals) {

	public CheckpointDay {
		Objects.requireNonNull(checkpointId, "checkpointId");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(totals, "totals");
	}

}
