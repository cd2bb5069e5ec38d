package org.cordon.checkpoint.counts.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The reports of one checkpoint that a batch could touch, and the rules for filing a new
 * one among them. Filing updates the book, so a batch is decided report by report in the
 * order it was sent.
 */
public final class ReportBook {

	private final UUID checkpointId;

	private final Map<UUID, FiledReport> byReportId = new HashMap<>();

	/** The latest revision of each period; periods on file never overlap each other. */
	private final NavigableMap<java.time.Instant, FiledReport> latestByStart = new TreeMap<>();

	/**
	 * @param checkpointId the checkpoint whose book this is
	 * @param known reports on file: every revision of the periods near the batch, and
	 * every report whose id the batch uses (of any checkpoint)
	 */
	public ReportBook(UUID checkpointId, Collection<FiledReport> known) {
		this.checkpointId = checkpointId;
		known.forEach(this::remember);
	}

	public Filing file(CountReport report) {
		FiledReport sameId = this.byReportId.get(report.reportId());
		if (sameId != null) {
			return sameId.sameContentAs(this.checkpointId, report) ? new Filing.Duplicate(sameId)
					: new Filing.Conflict("The reportId " + report.reportId()
							+ " was already used with other content; send a new reportId to correct a report.");
		}
		FiledReport samePeriod = this.latestByStart.get(report.period().start());
		if (samePeriod != null && samePeriod.period().equals(report.period())) {
			FiledReport correction = new FiledReport(report.reportId(), this.checkpointId, report.period(),
					samePeriod.revision() + 1, report.counts());
			remember(correction);
			return new Filing.Corrected(correction, samePeriod.counts());
		}
		FiledReport overlapping = overlapping(report.period());
		if (overlapping != null) {
			return new Filing.Conflict("The period " + report.period() + " overlaps the reported period "
					+ overlapping.period() + " without being identical to it.");
		}
		FiledReport first = new FiledReport(report.reportId(), this.checkpointId, report.period(), 1, report.counts());
		remember(first);
		return new Filing.Accepted(first);
	}

	private FiledReport overlapping(Period period) {
		Map.Entry<java.time.Instant, FiledReport> before = this.latestByStart.floorEntry(period.start());
		if (before != null && before.getValue().period().overlaps(period)) {
			return before.getValue();
		}
		Map.Entry<java.time.Instant, FiledReport> after = this.latestByStart.higherEntry(period.start());
		if (after != null && after.getValue().period().overlaps(period)) {
			return after.getValue();
		}
		return null;
	}

	private void remember(FiledReport report) {
		this.byReportId.put(report.reportId(), report);
		if (!report.checkpointId().equals(this.checkpointId)) {
			return;
		}
		this.latestByStart.merge(report.period().start(), report,
				(kept, offered) -> (offered.revision() > kept.revision()) ? offered : kept);
	}

}
