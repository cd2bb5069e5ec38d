package org.cordon.gateway.ratelimit.domain;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRateLimitsTest {

	private final AtomicLong now = new AtomicLong();

	private final KeyRateLimits limits = new KeyRateLimits(1, 2, this.now::get);

	@Test
	void eachKeyHasItsOwnBucket() {
		assertThat(this.limits.tryAcquire("key:a")).isEmpty();
		assertThat(this.limits.tryAcquire("key:a")).isEmpty();
		assertThat(this.limits.tryAcquire("key:a")).contains(Duration.ofSeconds(1));

		assertThat(this.limits.tryAcquire("key:b")).isEmpty();
	}

	@Test
	void aWaitingKeyMayGoAgainOnceItsWaitIsOver() {
		this.limits.tryAcquire("key:a");
		this.limits.tryAcquire("key:a");
		Duration wait = this.limits.tryAcquire("key:a").orElseThrow();

		this.now.addAndGet(wait.toNanos());

		assertThat(this.limits.tryAcquire("key:a")).isEmpty();
	}

	@Test
	void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(KeyRateLimits.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
		assertThat(KeyRateLimits.retryAfterSeconds(Duration.ofMillis(1000))).isEqualTo(1);
		assertThat(KeyRateLimits.retryAfterSeconds(Duration.ofMillis(1001))).isEqualTo(2);
		assertThat(KeyRateLimits.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
	}

	@Test
	void bucketsThatFilledUpAgainAreForgottenOnceThereAreMany() {
		for (int i = 0; i <= KeyRateLimits.TIDY_ABOVE; i++) {
			this.limits.tryAcquire("key:" + i);
		}
		this.now.addAndGet(Duration.ofSeconds(10).toNanos());

		this.limits.tryAcquire("key:late");

		assertThat(this.limits.size()).isEqualTo(1);
	}

}
