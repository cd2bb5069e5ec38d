package org.cordon.inspection.issues.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueTest {

	static final LocalDate FOUND = LocalDate.parse("2020-02-06");

	static final LocalDate DEADLINE = LocalDate.parse("2020-02-08");

	@Test
	void anOpenIssueIsRectifiedOnAnyDayFromTheDayItWasFound() {
		assertThat(issue(IssueStatus.OPEN, null).rectify(FOUND)).isInstanceOf(Rectification.Done.class);
		assertThat(issue(IssueStatus.OPEN, null).rectify(DEADLINE.plusDays(3))).isInstanceOf(Rectification.Done.class);
	}

	@Test
	void anOverdueIssueIsRectifiedToo() {
		assertThat(issue(IssueStatus.OVERDUE, null).rectify(DEADLINE.plusDays(2)))
			.isInstanceOf(Rectification.Done.class);
	}

	@Test
	void anIssueIsNotRectifiedBeforeItWasFound() {
		assertThat(issue(IssueStatus.OPEN, null).rectify(FOUND.minusDays(1))).isInstanceOfSatisfying(
				Rectification.Invalid.class,
				(invalid) -> assertThat(invalid.violation().field()).isEqualTo("rectifiedOn"));
		assertThat(issue(IssueStatus.OVERDUE, null).rectify(FOUND.minusDays(1)))
			.isInstanceOf(Rectification.Invalid.class);
	}

	@Test
	void rectifyingARectifiedIssueOnTheSameDayAgainIsARepeat() {
		assertThat(issue(IssueStatus.RECTIFIED, DEADLINE).rectify(DEADLINE)).isInstanceOf(Rectification.Repeat.class);
	}

	@Test
	void rectifyingARectifiedIssueOnAnotherDayIsAConflict() {
		assertThat(issue(IssueStatus.RECTIFIED, DEADLINE).rectify(DEADLINE.minusDays(1))).isInstanceOfSatisfying(
				Rectification.Conflict.class,
				(conflict) -> assertThat(conflict.reason()).contains("already rectified on 2020-02-08"));
	}

	private static Issue issue(IssueStatus status, LocalDate rectifiedOn) {
		return new Issue(UUID.randomUUID(), FOUND, DEADLINE, status, rectifiedOn);
	}

}
