package org.cordon.reporting.rebuild.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CatchUpTest {

	@Test
	void theLagIsTheRecordsYetToReadSummedOverThePartitions() {
		assertThat(CatchUp.lag(Map.of("a-0", 10L, "a-1", 4L), Map.of("a-0", 15L, "a-1", 7L))).isEqualTo(8);
	}

	@Test
	void aPartitionTheBuildHasNotReadYetCountsFromTheStart() {
		assertThat(CatchUp.lag(Map.of(), Map.of("a-0", 5L))).isEqualTo(5);
	}

	@Test
	void aPartitionAtOrPastItsTargetAddsNothingAndOneWithoutATargetIsNotWaitedFor() {
		assertThat(CatchUp.lag(Map.of("a-0", 9L, "a-1", 3L, "a-2", 2L), Map.of("a-0", 5L, "a-1", 3L))).isZero();
	}

	@Test
	void theBuildFinishesUnderTheLockOnceItIsWithinTheDistance() {
		assertThat(CatchUp.isClose(500, 500)).isTrue();
		assertThat(CatchUp.isClose(0, 0)).isTrue();
		assertThat(CatchUp.isClose(501, 500)).isFalse();
	}

	@Test
	void aNegativeDistanceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CatchUp.isClose(0, -1));
	}

}
