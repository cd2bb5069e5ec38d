package org.cordon.inspection.overdue.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

	static final LocalDate DEADLINE = LocalDate.parse("2020-02-08");

	@Test
	void anIssueIsNotOverdueOnOrBeforeItsDeadlineDay() {
		assertThat(Deadlines.missed(DEADLINE, DEADLINE.minusDays(1))).isFalse();
		assertThat(Deadlines.missed(DEADLINE, DEADLINE)).isFalse();
	}

	@Test
	void anIssueIsOverdueFromTheDayAfterItsDeadline() {
		assertThat(Deadlines.overdueFrom(DEADLINE)).isEqualTo(LocalDate.parse("2020-02-09"));
		assertThat(Deadlines.missed(DEADLINE, DEADLINE.plusDays(1))).isTrue();
		assertThat(Deadlines.missed(DEADLINE, DEADLINE.plusDays(30))).isTrue();
	}

	@Test
	void theLatestMissedDeadlineIsYesterdaySoEveryDeadlineUpToItIsMissed() {
		LocalDate today = LocalDate.parse("2020-03-01");

		assertThat(Deadlines.latestMissed(today)).isEqualTo(LocalDate.parse("2020-02-29"));
		assertThat(Deadlines.missed(Deadlines.latestMissed(today), today)).isTrue();
		assertThat(Deadlines.missed(Deadlines.latestMissed(today).plusDays(1), today)).isFalse();
	}

}
