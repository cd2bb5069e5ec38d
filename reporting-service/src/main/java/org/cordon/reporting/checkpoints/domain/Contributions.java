package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.checkpoint.CountsReported;

/**
 * Sums the reports of a batch into one contribution per checkpoint, day and instant they
 * took effect, so that the history is written with one row per triple. Each report adds
 * its {@link CountsReported#delta() delta}, exactly what it adds to the live totals: the
 * contributions up to any instant then sum to the totals the live view held at that
 * instant.
 */
public final class Contributions {

	private final ZoneId zone;

	private final Map<Key, Totals> deltas = new LinkedHashMap<>();

	public Contributions(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * @param report a report of the batch
	 * @param effectiveAt its {@code ce_time}
	 * @return this
	 */
	public Contributions add(CountsReported report, Instant effectiveAt) {
		Key key = new Key(report.checkpointId(), ReportDays.dayOf(report.periodStart(), this.zone), effectiveAt);
		this.deltas.merge(key, Totals.of(report.delta()), Totals::plus);
		return this;
	}

	/**
	 * The contributions to record, in the order their triples first appeared; one that
	 * adds nothing (a correction back to the same figures) is left out, as it changes no
	 * total at any instant.
	 * @return one contribution per checkpoint, day and instant
	 */
	public List<Contribution> changes() {
		List<Contribution> changes = new ArrayList<>();
		this.deltas.forEach((key, delta) -> {
			if (!delta.allZero()) {
				changes.add(new Contribution(key.checkpointId(), key.day(), key.effectiveAt(), delta));
			}
		});
		return changes;
	}

	private record Key(UUID checkpointId, LocalDate day, Instant effectiveAt) {

	}

}
