package org.cordon.gateway.ratelimit.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketTest {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	@Test
	void aFullBucketLetsTheBurstThroughAtOnceAndThenRefuses() {
		TokenBucket bucket = new TokenBucket(2, 3, 0);

		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
	}

	@Test
	void tokensComeBackAtTheRate() {
		TokenBucket bucket = new TokenBucket(2, 1, 0);
		bucket.take(0);

		assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
		assertThat(bucket.take(SECOND / 2)).isZero();
		assertThat(bucket.take(SECOND / 2)).isEqualTo(SECOND / 2);
	}

	@Test
	void aQuietSpellFillsTheBucketNoFurtherThanTheBurst() {
		TokenBucket bucket = new TokenBucket(10, 2, 0);
		bucket.take(0);
		bucket.take(0);

		long later = 3600 * SECOND;
		assertThat(bucket.isFull(later)).isTrue();
		assertThat(bucket.take(later)).isZero();
		assertThat(bucket.take(later)).isZero();
		assertThat(bucket.take(later)).isPositive();
	}

	@Test
	void aRefusedRequestTakesNoToken() {
		TokenBucket bucket = new TokenBucket(1, 1, 0);
		bucket.take(0);

		for (int i = 0; i < 10; i++) {
			bucket.take(SECOND / 2);
		}

		assertThat(bucket.take(SECOND)).isZero();
	}

	@Test
	void aClockThatStepsBackDoesNotMintTokens() {
		TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
		bucket.take(10 * SECOND);

		assertThat(bucket.take(5 * SECOND)).isPositive();
	}

	@Test
	void limitsThatLetNothingThroughAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(0, 1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(1, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(Double.NaN, 1, 0));
	}

}
