package org.cordon.devstack.demo;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApportionTest {

	@Test
	void sharesAddUpToTheTotalExactly() {
		int[] shares = Apportion.split(21_096, 100, 96, 90, 88, 84, 80, 74, 70, 64, 58, 54, 50);

		assertThat(Arrays.stream(shares).sum()).isEqualTo(21_096);
	}

	@Test
	void whatRoundingLeavesGoesToTheLargestRemaindersEarlierFirst() {
		assertThat(Apportion.split(10, 1, 1, 1)).containsExactly(4, 3, 3);
		assertThat(Apportion.split(5, 2, 3)).containsExactly(2, 3);
		assertThat(Apportion.split(7, 1, 2)).containsExactly(2, 5);
	}

	@Test
	void aZeroWeightGetsNothing() {
		assertThat(Apportion.split(1_048, 28, 20, 14, 12, 16, 10, 0)).endsWith(0);
	}

	@Test
	void largeTotalsInFenSplitExactly() {
		long[] shares = Apportion.split(416_169_600L, 40, 25, 15, 12, 8);

		assertThat(Arrays.stream(shares).sum()).isEqualTo(416_169_600L);
	}

	@Test
	void aNegativeTotalOrNoWeightIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Apportion.split(-1, 1, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Apportion.split(5, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Apportion.split(5, 1, -1));
	}

}
