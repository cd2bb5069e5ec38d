package org.cordon.reporting.inspections.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionChangesTest {

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void anIssuesEventsFoldIntoOneChangeWithEveryFlagItWasTold() {
		UUID issue = UUID.randomUUID();
		InspectionChanges changes = new InspectionChanges().add(found(issue, "临河区"))
			.add(new IssueOverdue(issue, FEB_4.plusDays(2), FEB_4.plusDays(3)))
			.add(new IssueRectified(issue, FEB_4.plusDays(5), "已整改"));

		assertThat(changes.issues()).containsExactly(new IssueChange(issue, "临河区", true, true, true));
	}

	@Test
	void aRectificationWhoseFindingCameInAnEarlierBatchTellsOnlyTheRectification() {
		UUID issue = UUID.randomUUID();

		assertThat(new InspectionChanges().add(new IssueRectified(issue, FEB_4, null)).issues())
			.containsExactly(new IssueChange(issue, null, false, true, false));
	}

	@Test
	void anActionIsKeptOncePerActionIdWithoutTheOfficialsName() {
		UUID action = UUID.randomUUID();
		UUID issue = UUID.randomUUID();
		AccountabilityImposed imposed = new AccountabilityImposed(action, issue, "某镇党委副书记",
				AccountabilityKind.ADMONITION_TALK, FEB_4);

		InspectionChanges changes = new InspectionChanges().add(imposed).add(imposed);

		assertThat(changes.actions())
			.containsExactly(new InspectionChanges.Action(action, issue, AccountabilityKind.ADMONITION_TALK));
		assertThat(changes.actions().get(0).toString()).doesNotContain("某镇党委副书记");
	}

	private static IssueFound found(UUID issue, String region) {
		return new IssueFound(issue, "第一督查组", region, "某超市", "某超市", "未按要求测温登记", "入口未设测温点", FEB_4, FEB_4.plusDays(2));
	}

	@Test
	void eachFactKeepsTheTimeOfItsEventAndAnActionTheTimeItWasTaken() {
		UUID issue = UUID.randomUUID();
		UUID action = UUID.randomUUID();
		Instant t1 = Instant.parse("2020-02-04T01:00:00Z");
		Instant t2 = t1.plusSeconds(60);
		Instant t3 = t2.plusSeconds(60);
		Instant t4 = t3.plusSeconds(60);
		InspectionChanges changes = new InspectionChanges().add(found(issue, "临河区"), t1)
			.add(new IssueOverdue(issue, FEB_4.plusDays(2), FEB_4.plusDays(3)), t2)
			.add(new IssueRectified(issue, FEB_4.plusDays(5), "已整改"), t3)
			.add(new AccountabilityImposed(action, issue, "某镇党委副书记", AccountabilityKind.REMINDER_TALK, FEB_4), t4);

		assertThat(changes.issues()).containsExactly(new IssueChange(issue, "临河区", true, true, true, t1, t3, t2));
		assertThat(changes.actions())
			.containsExactly(new InspectionChanges.Action(action, issue, AccountabilityKind.REMINDER_TALK, t4));
	}

}
