package org.cordon.reporting.checkpoints;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.reporting.checkpoints.domain.CheckpointDay;
import org.cordon.reporting.checkpoints.domain.Totals;

/**
 * The live stream's data for a count report: that checkpoint's totals for that day after
 * the change.
 */
record CheckpointDayChanged(String view, UUID checkpointId, LocalDate date, Totals totals) {

	static final String VIEW = "checkpoints";

	static CheckpointDayChanged of(CheckpointDay day) {
		return new CheckpointDayChanged(VIEW, day.checkpointId(), day.day(), day.totals());
	}

}
