package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueTallyTest {

	static final LocalDate DEADLINE = LocalDate.of(2020, 2, 3);

	@Test
	void anOpenIssueIsOverdueFromTheDayAfterItsDeadline() {
		assertThat(IssueTally.overdue(DEADLINE, DEADLINE.minusDays(1))).isFalse();
		assertThat(IssueTally.overdue(DEADLINE, DEADLINE)).as("the deadline is the last day on time").isFalse();
		assertThat(IssueTally.overdue(DEADLINE, DEADLINE.plusDays(1))).isTrue();
		assertThat(IssueTally.overdue(null, DEADLINE.plusDays(100))).as("no deadline").isFalse();
	}

	@Test
	void anIssueRectifiedByTheDayIsNeitherInProgressNorOverdue() {
		IssueRow row = new IssueRow("临河区", DEADLINE.minusDays(5), DEADLINE, DEADLINE.plusDays(2), 1);

		IssueFigures beforeRectified = IssueTally.at(DEADLINE.plusDays(1), List.of(row)).city();
		IssueFigures rectified = IssueTally.at(DEADLINE.plusDays(2), List.of(row)).city();

		assertThat(beforeRectified).isEqualTo(new IssueFigures(1, 0, 0, 0, 1, 1));
		assertThat(rectified).isEqualTo(new IssueFigures(1, 0, 1, 1, 0, 0));
	}

	@Test
	void foundIsRectifiedPlusInProgressByRegionAndForTheCity() {
		List<IssueRow> rows = List.of(new IssueRow("临河区", DEADLINE.minusDays(3), DEADLINE, null, 2),
				new IssueRow("临河区", DEADLINE.minusDays(2), DEADLINE, DEADLINE.minusDays(1), 3),
				new IssueRow("五原县", DEADLINE.plusDays(1), DEADLINE.plusDays(7), null, 4),
				new IssueRow("五原县", DEADLINE.plusDays(2), DEADLINE.plusDays(7), null, 5));

		IssueTally tally = IssueTally.at(DEADLINE.plusDays(1), rows);

		assertThat(tally.byRegion().get("临河区")).isEqualTo(new IssueFigures(5, 0, 3, 0, 2, 2));
		assertThat(tally.byRegion().get("五原县")).as("found after the day: not yet")
			.isEqualTo(new IssueFigures(4, 4, 0, 0, 4, 0));
		assertThat(tally.city()).isEqualTo(new IssueFigures(9, 4, 3, 0, 6, 2));
	}

}
