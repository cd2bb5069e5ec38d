package org.cordon.reporting.inspections.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cordon.contracts.inspection.AccountabilityKind;

/**
 * Adds up a ledger from groups of issues and the actions counted by kind.
 */
public final class LedgerAssembly {

	private LedgerAssembly() {
	}

	/**
	 * @param groups the groups of the found issues to count
	 * @param actions the accountability actions to count, by kind
	 * @return the ledger; every region with issues in {@code byRegion}, every kind in
	 * {@code accountability}
	 */
	public static Ledger assemble(List<IssueGroup> groups, Map<AccountabilityKind, Long> actions) {
		Map<String, Counts> byRegion = new TreeMap<>();
		Counts totals = new Counts();
		for (IssueGroup group : groups) {
			byRegion.computeIfAbsent(group.region(), (region) -> new Counts()).add(group);
			totals.add(group);
		}
		List<LedgerRow> rows = new ArrayList<>();
		byRegion.forEach((region, counts) -> rows.add(counts.row(region)));
		Map<AccountabilityKind, Long> accountability = new EnumMap<>(AccountabilityKind.class);
		for (AccountabilityKind kind : AccountabilityKind.values()) {
			accountability.put(kind, actions.getOrDefault(kind, 0L));
		}
		return new Ledger(totals.found, totals.rectified, totals.inProgress, totals.overdue, rows, accountability);
	}

	/**
	 * The same ledger with only some regions' lines: what the live stream sends after a
	 * batch, the totals and the lines of the regions it touched.
	 * @param ledger a whole ledger
	 * @param regions the regions to keep; one without a line gets a line of zeros
	 * @return the narrowed ledger
	 */
	public static Ledger narrowed(Ledger ledger, Set<String> regions) {
		Map<String, LedgerRow> rows = new TreeMap<>();
		regions.forEach((region) -> rows.put(region, new LedgerRow(region, 0, 0, 0, 0)));
		ledger.byRegion()
			.stream()
			.filter((row) -> regions.contains(row.region()))
			.forEach((row) -> rows.put(row.region(), row));
		return new Ledger(ledger.found(), ledger.rectified(), ledger.inProgress(), ledger.overdue(),
				List.copyOf(rows.values()), ledger.accountability());
	}

	private static final class Counts {

		private long found;

		private long rectified;

		private long inProgress;

		private long overdue;

		void add(IssueGroup group) {
			long n = group.issues();
			this.found += n;
			this.rectified += group.rectified() ? n : 0;
			this.inProgress += group.inProgress() ? n : 0;
			this.overdue += group.overdue() ? n : 0;
		}

		LedgerRow row(String region) {
			return new LedgerRow(region, this.found, this.rectified, this.inProgress, this.overdue);
		}

	}

}
