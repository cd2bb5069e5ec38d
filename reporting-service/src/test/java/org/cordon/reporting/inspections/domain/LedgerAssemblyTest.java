package org.cordon.reporting.inspections.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.inspection.AccountabilityKind;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerAssemblyTest {

	static final String LINHE = "临河区";

	static final String WUYUAN = "五原县";

	@Test
	void foundIsRectifiedPlusInProgressOverallAndInEveryRegion() {
		Ledger ledger = LedgerAssembly.assemble(List.of(new IssueGroup(LINHE, true, false, 50),
				new IssueGroup(LINHE, true, true, 3), new IssueGroup(LINHE, false, false, 7),
				new IssueGroup(LINHE, false, true, 4), new IssueGroup(WUYUAN, false, false, 2)), Map.of());

		assertThat(ledger.found()).isEqualTo(66);
		assertThat(ledger.rectified()).isEqualTo(53);
		assertThat(ledger.inProgress()).isEqualTo(13);
		assertThat(ledger.found()).isEqualTo(ledger.rectified() + ledger.inProgress());
		assertThat(ledger.byRegion()).as("by region name")
			.containsExactly(new LedgerRow(LINHE, 64, 53, 11, 4), new LedgerRow(WUYUAN, 2, 0, 2, 0));
	}

	@Test
	void overdueCountsOnlyIssuesStillInProgressThatWereAnnouncedOverdue() {
		Ledger ledger = LedgerAssembly.assemble(List.of(new IssueGroup(LINHE, false, true, 4),
				new IssueGroup(LINHE, true, true, 3), new IssueGroup(LINHE, false, false, 7)), Map.of());

		assertThat(ledger.overdue()).as("rectified late is rectified, not overdue").isEqualTo(4);
	}

	@Test
	void everyAccountabilityKindIsListedInOrderWithZeroWhenNone() {
		Ledger ledger = LedgerAssembly.assemble(List.of(), Map.of(AccountabilityKind.ADMONITION_TALK, 2L));

		assertThat(ledger.accountability().keySet()).containsExactly(AccountabilityKind.values());
		assertThat(ledger.accountability()).containsEntry(AccountabilityKind.ADMONITION_TALK, 2L)
			.containsEntry(AccountabilityKind.DISMISSAL, 0L);
		assertThat(ledger.found()).isZero();
		assertThat(ledger.byRegion()).isEmpty();
	}

	@Test
	void aNarrowedLedgerKeepsTheTotalsAndOnlyTheLinesOfTheRegionsTouched() {
		Ledger ledger = LedgerAssembly.assemble(
				List.of(new IssueGroup(LINHE, false, false, 2), new IssueGroup(WUYUAN, true, false, 1)),
				Map.of(AccountabilityKind.DISMISSAL, 1L));

		Ledger narrowed = LedgerAssembly.narrowed(ledger, Set.of(WUYUAN, "磴口县"));

		assertThat(narrowed.found()).isEqualTo(3);
		assertThat(narrowed.byRegion()).containsExactly(new LedgerRow(WUYUAN, 1, 1, 0, 0),
				new LedgerRow("磴口县", 0, 0, 0, 0));
		assertThat(narrowed.accountability()).isEqualTo(ledger.accountability());
	}

}
