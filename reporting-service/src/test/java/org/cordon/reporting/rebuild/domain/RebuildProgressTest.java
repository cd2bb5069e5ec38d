package org.cordon.reporting.rebuild.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RebuildProgressTest {

	@Test
	void appliedAndTotalCountFromTheFirstOffsetStillInTheLog() {
		RebuildProgress progress = RebuildProgress.of(Map.of("a-0", 100L, "a-1", 0L), Map.of("a-0", 150L, "a-1", 20L),
				Map.of("a-0", 200L, "a-1", 30L));

		assertThat(progress).isEqualTo(new RebuildProgress(70, 130));
	}

	@Test
	void aPartitionNotReadYetHasAppliedNothingAndOneWithoutATargetAddsWhatWasRead() {
		RebuildProgress progress = RebuildProgress.of(Map.of("a-0", 0L, "a-1", 0L), Map.of("a-1", 5L),
				Map.of("a-0", 10L));

		assertThat(progress).isEqualTo(new RebuildProgress(5, 15));
	}

	@Test
	void theTotalNeverFallsBelowWhatWasReportedBefore() {
		RebuildProgress earlier = new RebuildProgress(10, 100);

		assertThat(new RebuildProgress(50, 60).notBelow(earlier)).isEqualTo(new RebuildProgress(50, 100));
		assertThat(new RebuildProgress(50, 160).notBelow(earlier)).isEqualTo(new RebuildProgress(50, 160));
	}

	@Test
	void aCompleteRebuildAppliedItsWholeTotal() {
		assertThat(new RebuildProgress(120, 130).complete()).isEqualTo(new RebuildProgress(120, 120));
	}

	@Test
	void moreAppliedThanThereIsToApplyIsNoProgress() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RebuildProgress(11, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new RebuildProgress(-1, 10));
	}

}
