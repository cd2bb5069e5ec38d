package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.checkpoint.CountsReported;

/**
 * Sums the reports of a batch into one change per checkpoint and day, so that the view is
 * updated with one row per pair however many reports the batch holds. A report adds its
 * {@link CountsReported#delta() delta}: all its figures on revision 1, the difference to
 * the revision it replaces on a correction, so only the latest revision counts.
 */
public final class DailyDeltas {

	private final ZoneId zone;

	private final Map<Key, Totals> deltas = new LinkedHashMap<>();

	public DailyDeltas(ZoneId zone) {
		this.zone = zone;
	}

	public DailyDeltas add(CountsReported report) {
		Key key = new Key(report.checkpointId(), ReportDays.dayOf(report.periodStart(), this.zone));
		this.deltas.merge(key, Totals.of(report.delta()), Totals::plus);
		return this;
	}

	/**
	 * The changes to apply, in the order their pairs first appeared; a pair whose reports
	 * cancel out (a correction back to the same figures) changes nothing and is left out.
	 * @return one change per checkpoint and day
	 */
	public List<CheckpointDay> changes() {
		List<CheckpointDay> changes = new ArrayList<>();
		this.deltas.forEach((key, delta) -> {
			if (!delta.allZero()) {
				changes.add(new CheckpointDay(key.checkpointId(), key.day(), delta));
			}
		});
		return changes;
	}

	private record Key(UUID checkpointId, LocalDate day) {

	}

}
