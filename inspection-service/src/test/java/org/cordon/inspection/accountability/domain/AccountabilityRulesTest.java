package org.cordon.inspection.accountability.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class AccountabilityRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2020-02-10");

	@Test
	void anActionNamingTheOfficialTheKindAndADayThatHasComeBreaksNoRule() {
		assertThat(AccountabilityRules.check(UUID.randomUUID(), "某镇党委副书记", AccountabilityKind.DISMISSAL, TODAY, TODAY))
			.isEmpty();
	}

	@Test
	void idSubjectKindAndDayAreRequired() {
		assertThat(AccountabilityRules.check(null, null, null, null, TODAY)).extracting(Violation::field)
			.containsExactly("actionId", "subject", "kind", "on");
	}

	@Test
	void theSubjectIsAtMost100CharactersAndTheDayNotAfterToday() {
		assertThat(AccountabilityRules.check(UUID.randomUUID(), "某".repeat(101), AccountabilityKind.REMINDER_TALK,
				TODAY.plusDays(1), TODAY))
			.extracting(Violation::field)
			.containsExactly("subject", "on");
	}

	@Test
	void anActionForAnIssueIsNotOlderThanTheIssue() {
		assertThat(AccountabilityRules.forIssueFoundOn(TODAY, TODAY)).isEmpty();
		assertThat(AccountabilityRules.forIssueFoundOn(TODAY.minusDays(1), TODAY)).extracting(Violation::field)
			.containsExactly("on");
	}

}
