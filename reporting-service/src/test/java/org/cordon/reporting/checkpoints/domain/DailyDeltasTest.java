package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;

import static org.assertj.core.api.Assertions.assertThat;

class DailyDeltasTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final UUID EAST_GATE = UUID.randomUUID();

	private static final UUID STATION = UUID.randomUUID();

	private static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	private static final Instant FEB_5 = Instant.parse("2020-02-04T16:00:00Z");

	private static final Counts FIRST = new Counts(1040, 680, 126, 2800, 1650, 17, 21, 338, 0);

	private static final Counts CORRECTED = new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

	@Test
	void reportsOfOneCheckpointAndDayAddUpToOneChange() {
		DailyDeltas deltas = new DailyDeltas(SHANGHAI).add(report(EAST_GATE, FEB_4, 1, FIRST, null))
			.add(report(EAST_GATE, FEB_4.plusSeconds(3600), 1, CORRECTED, null));

		assertThat(deltas.changes()).containsExactly(new CheckpointDay(EAST_GATE, LocalDate.parse("2020-02-04"),
				Totals.of(FIRST).plus(Totals.of(CORRECTED))));
	}

	@Test
	void aCorrectionAddsOnlyTheDifferenceSoOnlyTheLatestRevisionCounts() {
		DailyDeltas deltas = new DailyDeltas(SHANGHAI).add(report(EAST_GATE, FEB_4, 1, FIRST, null))
			.add(report(EAST_GATE, FEB_4, 2, CORRECTED, FIRST));

		assertThat(deltas.changes())
			.containsExactly(new CheckpointDay(EAST_GATE, LocalDate.parse("2020-02-04"), Totals.of(CORRECTED)));
	}

	@Test
	void aCorrectionAloneCarriesOnlyItsDifference() {
		DailyDeltas deltas = new DailyDeltas(SHANGHAI).add(report(EAST_GATE, FEB_4, 2, CORRECTED, FIRST));

		assertThat(deltas.changes()).singleElement()
			.satisfies((change) -> assertThat(change.totals()).isEqualTo(new Totals(8, 6, 0, 43, 1, 0, 0, 0, 0)));
	}

	@Test
	void checkpointsAndDaysAreKeptApart() {
		DailyDeltas deltas = new DailyDeltas(SHANGHAI).add(report(EAST_GATE, FEB_4, 1, FIRST, null))
			.add(report(STATION, FEB_4, 1, FIRST, null))
			.add(report(EAST_GATE, FEB_5, 1, CORRECTED, null));

		assertThat(deltas.changes()).containsExactly(
				new CheckpointDay(EAST_GATE, LocalDate.parse("2020-02-04"), Totals.of(FIRST)),
				new CheckpointDay(STATION, LocalDate.parse("2020-02-04"), Totals.of(FIRST)),
				new CheckpointDay(EAST_GATE, LocalDate.parse("2020-02-05"), Totals.of(CORRECTED)));
	}

	@Test
	void aCorrectionBackToTheSameFiguresChangesNothing() {
		DailyDeltas deltas = new DailyDeltas(SHANGHAI).add(report(EAST_GATE, FEB_4, 2, FIRST, FIRST));

		assertThat(deltas.changes()).isEmpty();
	}

	private static CountsReported report(UUID checkpoint, Instant start, int revision, Counts counts, Counts previous) {
		return new CountsReported(checkpoint, UUID.randomUUID(), start, start.plusSeconds(86_400), revision, counts,
				previous);
	}

}
