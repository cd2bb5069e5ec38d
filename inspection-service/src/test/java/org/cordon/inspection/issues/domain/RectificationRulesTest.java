package org.cordon.inspection.issues.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class RectificationRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2020-02-10");

	@Test
	void aRectificationTodayOrEarlierWithOrWithoutANoteBreaksNoRule() {
		assertThat(RectificationRules.check(TODAY, "已整改", TODAY)).isEmpty();
		assertThat(RectificationRules.check(TODAY.minusDays(3), null, TODAY)).isEmpty();
	}

	@Test
	void aRectificationCannotHaveHappenedAfterToday() {
		assertThat(RectificationRules.check(TODAY.plusDays(1), null, TODAY)).extracting(Violation::field)
			.containsExactly("rectifiedOn");
	}

	@Test
	void theDayIsRequiredAndTheNoteIsAtMost1000Characters() {
		assertThat(RectificationRules.check(null, "记".repeat(1001), TODAY)).extracting(Violation::field)
			.containsExactly("rectifiedOn", "note");
		assertThat(RectificationRules.check(TODAY, "记".repeat(1000), TODAY)).isEmpty();
	}

}
