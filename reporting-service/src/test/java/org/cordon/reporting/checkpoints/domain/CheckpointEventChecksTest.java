package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointEventChecksTest {

	private static final Counts COUNTS = new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

	private static final Instant START = Instant.parse("2020-02-03T16:00:00Z");

	@Test
	void aCompleteReportOrCorrectionCanBeApplied() {
		assertThat(CheckpointEventChecks.problems(report(1, COUNTS, null))).isEmpty();
		assertThat(CheckpointEventChecks.problems(report(2, COUNTS, COUNTS))).isEmpty();
	}

	@Test
	void aCorrectionWithoutPreviousCountsIsRefusedRatherThanCountedTwice() {
		assertThat(CheckpointEventChecks.problems(report(2, COUNTS, null)))
			.containsExactly("a correction (revision > 1) must carry previousCounts");
	}

	@Test
	void aReportWithoutCountsIsRefused() {
		assertThat(CheckpointEventChecks.problems(report(1, null, null))).containsExactly("counts is missing");
	}

	@Test
	void aRegistrationWithoutRegionIsRefused() {
		assertThat(CheckpointEventChecks
			.problems(new CheckpointRegistered(UUID.randomUUID(), "临河东收费站", null, CheckpointKind.HIGHWAY_EXIT)))
			.hasSize(1);
	}

	private static CountsReported report(int revision, Counts counts, Counts previous) {
		return new CountsReported(UUID.randomUUID(), UUID.randomUUID(), START, START.plusSeconds(3600), revision,
				counts, previous);
	}

}
