package org.cordon.reporting.checkpoints.domain;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.Counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TotalsTest {

	@Test
	void aDailyAverageIsRoundedHalfUpToAWholeNumber() {
		Totals totals = new Totals(10, 9, 11, 2, 0, 6, 1, 3, 5);

		assertThat(totals.dailyAverage(4)).isEqualTo(new Totals(3, 2, 3, 1, 0, 2, 0, 1, 1));
	}

	@Test
	void anAverageOfOneDayIsTheTotal() {
		Totals totals = new Totals(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

		assertThat(totals.dailyAverage(1)).isEqualTo(totals);
	}

	@Test
	void halfOfAnOddTotalRoundsUp() {
		assertThat(new Totals(1049, 1, 3, 5, 7, 9, 11, 13, 15).dailyAverage(2))
			.isEqualTo(new Totals(525, 1, 2, 3, 4, 5, 6, 7, 8));
	}

	@Test
	void aRangeHasAtLeastOneDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> Totals.ZERO.dailyAverage(0));
	}

	@Test
	void totalsAddFigureByFigureBeyondTheRangeOfAnInt() {
		Totals big = new Totals(Integer.MAX_VALUE, 1, 2, 3, 4, 5, 6, 7, 8);

		assertThat(big.plus(Totals.of(new Counts(1, 1, 1, 1, 1, 1, 1, 1, 1))))
			.isEqualTo(new Totals(Integer.MAX_VALUE + 1L, 2, 3, 4, 5, 6, 7, 8, 9));
	}

}
