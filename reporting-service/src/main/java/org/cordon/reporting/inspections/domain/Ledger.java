package org.cordon.reporting.inspections.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cordon.contracts.inspection.AccountabilityKind;

/**
 * The answer of {@code GET /api/views/inspections/ledger}: found = rectified +
 * inProgress, overall and in every region.
 *
 * @param found issues found
 * @param rectified issues rectified
 * @param inProgress issues not rectified yet
 * @param overdue issues in progress past their deadline
 * @param byRegion one line per region with issues, by region name
 * @param accountability actions by kind, every kind listed
 */
public record Ledger(long found, long rectified, long inProgress, long overdue, List<LedgerRow> byRegion,
		Map<AccountabilityKind, Long> accountability) {

	public Ledger {
		byRegion = List.copyOf(byRegion);
		EnumMap<AccountabilityKind, Long> kinds = new EnumMap<>(AccountabilityKind.class);
		kinds.putAll(accountability);
		accountability = Collections.unmodifiableMap(kinds);
	}

}
