package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final UUID EAST_GATE = UUID.randomUUID();

	private static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	private static final LocalDate FEB_4_DAY = LocalDate.parse("2020-02-04");

	private static final Instant T1 = Instant.parse("2020-02-04T09:00:00Z");

	private static final Instant T2 = Instant.parse("2020-02-04T10:00:00Z");

	private static final Counts FIRST = new Counts(1040, 680, 126, 2800, 1650, 17, 21, 338, 0);

	private static final Counts CORRECTED = new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

	@Test
	void aCorrectionContributesItsDifferenceAtItsOwnInstant() {
		Contributions contributions = new Contributions(SHANGHAI).add(report(1, FIRST, null), T1)
			.add(report(2, CORRECTED, FIRST), T2);

		assertThat(contributions.changes()).containsExactly(
				new Contribution(EAST_GATE, FEB_4_DAY, T1, Totals.of(FIRST)),
				new Contribution(EAST_GATE, FEB_4_DAY, T2, new Totals(8, 6, 0, 43, 1, 0, 0, 0, 0)));
	}

	@Test
	void theContributionsUpToEachInstantSumToTheTotalsTheViewHeldThen() {
		Contributions contributions = new Contributions(SHANGHAI).add(report(1, FIRST, null), T1)
			.add(report(2, CORRECTED, FIRST), T2);

		Totals atT1 = contributions.changes()
			.stream()
			.filter((c) -> !c.effectiveAt().isAfter(T1))
			.map(Contribution::delta)
			.reduce(Totals.ZERO, Totals::plus);
		Totals atT2 = contributions.changes().stream().map(Contribution::delta).reduce(Totals.ZERO, Totals::plus);

		assertThat(atT1).isEqualTo(Totals.of(FIRST));
		assertThat(atT2).isEqualTo(Totals.of(CORRECTED));
	}

	@Test
	void reportsOfOneCheckpointAndDayAtOneInstantShareOneContribution() {
		Contributions contributions = new Contributions(SHANGHAI).add(report(1, FIRST, null), T1)
			.add(report(2, CORRECTED, FIRST), T1);

		assertThat(contributions.changes())
			.containsExactly(new Contribution(EAST_GATE, FEB_4_DAY, T1, Totals.of(CORRECTED)));
	}

	@Test
	void aCorrectionBackToTheSameFiguresContributesNothing() {
		Contributions contributions = new Contributions(SHANGHAI).add(report(2, FIRST, FIRST), T1);

		assertThat(contributions.changes()).isEmpty();
	}

	private static CountsReported report(int revision, Counts counts, Counts previous) {
		return new CountsReported(EAST_GATE, UUID.randomUUID(), FEB_4, FEB_4.plusSeconds(86_400), revision, counts,
				previous);
	}

}
