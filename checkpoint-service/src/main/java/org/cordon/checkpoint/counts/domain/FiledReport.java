package org.cordon.checkpoint.counts.domain;

import java.util.UUID;

import org.cordon.contracts.checkpoint.Counts;

/**
 * A report on file.
 *
 * @param revision 1 for the first report of its period, +1 for each correction
 */
public record FiledReport(UUID reportId, UUID checkpointId, Period period, int revision, Counts counts) {

	/**
	 * Whether a report with this id is a repeat of this one rather than other content.
	 * @param checkpointId the checkpoint it was posted for
	 * @param report the posted report
	 * @return true when checkpoint, period and figures are all the same
	 */
	public boolean sameContentAs(UUID checkpointId, CountReport report) {
		return this.checkpointId.equals(checkpointId) && this.period.equals(report.period())
				&& this.counts.equals(report.counts());
	}

}
