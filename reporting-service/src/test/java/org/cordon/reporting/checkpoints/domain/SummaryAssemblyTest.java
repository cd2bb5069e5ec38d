package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryAssemblyTest {

	private static final LocalDate FEB_4 = LocalDate.parse("2020-02-04");

	private static final LocalDate FEB_5 = LocalDate.parse("2020-02-05");

	private static final LocalDate FEB_6 = LocalDate.parse("2020-02-06");

	private static final CheckpointInfo EAST_GATE = new CheckpointInfo(UUID.randomUUID(), "临河东收费站", "临河区");

	private static final CheckpointInfo STATION = new CheckpointInfo(UUID.randomUUID(), "巴彦淖尔站", "临河区");

	private static final CheckpointInfo WULATE = new CheckpointInfo(UUID.randomUUID(), "乌拉特前旗出口", "乌拉特前旗");

	private final SummaryQuery threeDays = new SummaryQuery(FEB_4, FEB_6, null, null);

	@Test
	void totalsSumEveryRowAndTheAverageDividesByTheDaysOfTheRange() {
		CheckpointSummary summary = SummaryAssembly.assemble(this.threeDays, List.of(EAST_GATE, STATION),
				List.of(row(EAST_GATE, FEB_4, 10), row(STATION, FEB_4, 5), row(EAST_GATE, FEB_5, 2)));

		assertThat(summary.days()).isEqualTo(3);
		assertThat(summary.totals().vehiclesInspected()).isEqualTo(17);
		assertThat(summary.dailyAverage().vehiclesInspected()).isEqualTo(6);
	}

	@Test
	void everyDayOfTheRangeIsListedInOrderZerosIncluded() {
		CheckpointSummary summary = SummaryAssembly.assemble(this.threeDays, List.of(EAST_GATE),
				List.of(row(EAST_GATE, FEB_6, 3), row(EAST_GATE, FEB_4, 1)));

		assertThat(summary.byDay()).extracting(DayTotals::date).containsExactly(FEB_4, FEB_5, FEB_6);
		assertThat(summary.byDay()).extracting((day) -> day.totals().vehiclesInspected()).containsExactly(1L, 0L, 3L);
	}

	@Test
	void everySelectedCheckpointIsListedInTheOrderOfRegionAndNameEvenWithoutCounts() {
		CheckpointSummary summary = SummaryAssembly.assemble(this.threeDays, List.of(WULATE, EAST_GATE, STATION),
				List.of(row(STATION, FEB_5, 4)));

		assertThat(summary.byCheckpoint()).extracting(CheckpointTotals::name)
			.containsExactly("临河东收费站", "巴彦淖尔站", "乌拉特前旗出口");
		assertThat(summary.byCheckpoint()).extracting((c) -> c.totals().vehiclesInspected())
			.containsExactly(0L, 4L, 0L);
	}

	@Test
	void aCheckpointWhoseRegistrationWasNotSeenIsListedLastWithoutNameOrRegion() {
		CheckpointInfo unknown = new CheckpointInfo(UUID.randomUUID(), null, null);

		CheckpointSummary summary = SummaryAssembly.assemble(this.threeDays, List.of(EAST_GATE),
				List.of(row(unknown, FEB_4, 7), row(EAST_GATE, FEB_4, 1)));

		assertThat(summary.byCheckpoint()).extracting(CheckpointTotals::checkpointId)
			.containsExactly(EAST_GATE.checkpointId(), unknown.checkpointId());
		assertThat(summary.byCheckpoint().get(1).name()).isNull();
		assertThat(summary.totals().vehiclesInspected()).isEqualTo(8);
	}

	@Test
	void rowsOutsideTheRangeAreIgnored() {
		CheckpointSummary summary = SummaryAssembly.assemble(new SummaryQuery(FEB_5, FEB_5, null, null),
				List.of(EAST_GATE), List.of(row(EAST_GATE, FEB_4, 10), row(EAST_GATE, FEB_5, 1)));

		assertThat(summary.totals().vehiclesInspected()).isEqualTo(1);
		assertThat(summary.byDay()).hasSize(1);
	}

	private static CheckpointDay row(CheckpointInfo checkpoint, LocalDate day, long vehiclesInspected) {
		return new CheckpointDay(checkpoint.checkpointId(), day, new Totals(vehiclesInspected, 0, 0, 0, 0, 0, 0, 0, 0));
	}

}
