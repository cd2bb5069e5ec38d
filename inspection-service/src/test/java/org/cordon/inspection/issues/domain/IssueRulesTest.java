package org.cordon.inspection.issues.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class IssueRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2020-02-10");

	@Test
	void anIssueWithEveryFieldAndADeadlineAfterTheDayFoundBreaksNoRule() {
		assertThat(IssueRules.check(draft(TODAY.minusDays(2), TODAY.plusDays(3)), TODAY)).isEmpty();
	}

	@Test
	void theDeadlineMayBeTheDayFoundButNotBefore() {
		assertThat(IssueRules.check(draft(TODAY, TODAY), TODAY)).isEmpty();
		assertThat(IssueRules.check(draft(TODAY, TODAY.minusDays(1)), TODAY))
			.containsExactly(new Violation("deadline", "must not be before foundOn"));
	}

	@Test
	void anIssueCannotHaveBeenFoundAfterToday() {
		assertThat(IssueRules.check(draft(TODAY.plusDays(1), TODAY.plusDays(2)), TODAY)).extracting(Violation::field)
			.containsExactly("foundOn");
	}

	@Test
	void aDeadlineAlreadyPastIsAcceptedForAnIssueRecordedLate() {
		assertThat(IssueRules.check(draft(TODAY.minusDays(9), TODAY.minusDays(2)), TODAY)).isEmpty();
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(IssueRules.check(new IssueRules.Draft(null, null, null, null, null, null, null, null, null), TODAY))
			.extracting(Violation::field)
			.containsExactly("issueId", "team", "region", "site", "responsibleUnit", "category", "description",
					"foundOn", "deadline");
	}

	@Test
	void textMustNotBeBlankOrLongerThanItsLimit() {
		IssueRules.Draft blank = new IssueRules.Draft(UUID.randomUUID(), " ", "", "某超市", "某超市经营者", "未测温", "未登记", TODAY,
				TODAY);
		IssueRules.Draft tooLong = new IssueRules.Draft(UUID.randomUUID(), "组".repeat(101), "区".repeat(51),
				"店".repeat(201), "单".repeat(201), "类".repeat(101), "述".repeat(2001), TODAY, TODAY);
		IssueRules.Draft longest = new IssueRules.Draft(UUID.randomUUID(), "组".repeat(100), "区".repeat(50),
				"店".repeat(200), "单".repeat(200), "类".repeat(100), "述".repeat(2000), TODAY, TODAY);

		assertThat(IssueRules.check(blank, TODAY)).extracting(Violation::field).containsExactly("team", "region");
		assertThat(IssueRules.check(tooLong, TODAY)).extracting(Violation::field)
			.containsExactly("team", "region", "site", "responsibleUnit", "category", "description");
		assertThat(IssueRules.check(longest, TODAY)).isEmpty();
	}

	private static IssueRules.Draft draft(LocalDate foundOn, LocalDate deadline) {
		return new IssueRules.Draft(UUID.randomUUID(), "市疫情防控督查组第二组", "临河区", "某超市", "某超市经营者", "未按要求测温登记", "入口未设体温检测点",
				foundOn, deadline);
	}

}
