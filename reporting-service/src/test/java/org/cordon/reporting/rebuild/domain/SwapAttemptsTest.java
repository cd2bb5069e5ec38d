package org.cordon.reporting.rebuild.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SwapAttemptsTest {

	@Test
	void aSwapThatDidNotGetItsLocksInTimeIsTriedAgainUpToTheMost() {
		SwapAttempts attempts = new SwapAttempts(3);

		assertThat(attempts.another(1, true)).isTrue();
		assertThat(attempts.another(2, true)).isTrue();
		assertThat(attempts.another(3, true)).isFalse();
	}

	@Test
	void anyOtherFailureEndsTheRebuildAtOnce() {
		assertThat(new SwapAttempts(3).another(1, false)).isFalse();
	}

	@Test
	void atLeastOneAttemptIsMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SwapAttempts(0));
	}

}
