package org.cordon.reporting.inspections;

import java.util.List;
import java.util.Map;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.reporting.inspections.domain.Ledger;
import org.cordon.reporting.inspections.domain.LedgerRow;
import org.cordon.reporting.stream.domain.View;

/**
 * The live stream's data after a batch of inspection events, shaped like the ledger: the
 * city's totals and accountability counts after the batch, and the lines of only the
 * regions the batch touched (a client replaces its lines of the same regions). New
 * values, never increments, so a change seen twice changes nothing.
 */
record LedgerChanged(String view, long found, long rectified, long inProgress, long overdue, List<LedgerRow> byRegion,
		Map<AccountabilityKind, Long> accountability) {

	static final String VIEW = View.INSPECTIONS.wireName();

	static LedgerChanged of(Ledger narrowed) {
		return new LedgerChanged(VIEW, narrowed.found(), narrowed.rectified(), narrowed.inProgress(),
				narrowed.overdue(), narrowed.byRegion(), narrowed.accountability());
	}

}
