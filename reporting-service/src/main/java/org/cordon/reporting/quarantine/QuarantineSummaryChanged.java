package org.cordon.reporting.quarantine;

import org.cordon.reporting.quarantine.domain.QuarantineSummary;
import org.cordon.reporting.stream.domain.View;

/**
 * The live stream's data after a batch of quarantine events: the new summary of one
 * region the batch touched, or of the whole city ({@code region} null). New values, never
 * increments, so a change seen twice changes nothing.
 *
 * @param view {@code quarantine}
 * @param region the region summarised, or null for the whole city
 * @param summary its summary after the batch
 */
record QuarantineSummaryChanged(String view, String region, QuarantineSummary summary) {

	static final String VIEW = View.QUARANTINE.wireName();

	static QuarantineSummaryChanged of(String region, QuarantineSummary summary) {
		return new QuarantineSummaryChanged(VIEW, region, summary);
	}

}
