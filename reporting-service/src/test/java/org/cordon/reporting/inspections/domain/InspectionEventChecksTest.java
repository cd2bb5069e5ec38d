package org.cordon.reporting.inspections.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueRectified;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionEventChecksTest {

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void completeEventsPassAndAnActionMayAnswerNoIssue() {
		assertThat(InspectionEventChecks
			.problems(new AccountabilityImposed(UUID.randomUUID(), null, "某局局长", AccountabilityKind.DISMISSAL, FEB_4)))
			.isEmpty();
		assertThat(InspectionEventChecks.problems(new IssueRectified(UUID.randomUUID(), FEB_4, null))).isEmpty();
	}

	@Test
	void aFindingWithoutItsRegionIsRefused() {
		assertThat(InspectionEventChecks.problems(
				new IssueFound(UUID.randomUUID(), "第一督查组", null, "某超市", "某超市", "未按要求测温登记", "入口未设测温点", FEB_4, FEB_4)))
			.containsExactly("region is missing");
	}

	@Test
	void anActionWithoutItsKindIsRefused() {
		assertThat(
				InspectionEventChecks.problems(new AccountabilityImposed(UUID.randomUUID(), null, "某局局长", null, FEB_4)))
			.containsExactly("kind is missing");
	}

	@Test
	void anIssueEventWithoutItsIssueIsRefused() {
		assertThat(InspectionEventChecks.problems(new IssueRectified(null, FEB_4, null)))
			.containsExactly("issueId is missing");
	}

}
