package org.cordon.gateway.login.domain;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressThrottleTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(5), Duration.ofSeconds(1),
			Duration.ofSeconds(4), this.now::get);

	@Test
	void anAddressInGoodStandingDoesNotWait() {
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
		failTimes("10.0.0.1", 3);
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void eachFailureBeyondTheFreeOnesWaitsAStepMoreUpToTheLongest() {
		failTimes("10.0.0.1", 4);
		assertThat(this.throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
		failTimes("10.0.0.1", 2);
		assertThat(this.throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(3));
		failTimes("10.0.0.1", 10);
		assertThat(this.throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void otherAddressesAreNotSlowedDown() {
		failTimes("10.0.0.1", 10);

		assertThat(this.throttle.waitFor("10.0.0.2")).isZero();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		failTimes("10.0.0.1", 10);

		this.now.addAndGet(Duration.ofMinutes(5).toNanos());

		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
		this.throttle.failed("10.0.0.1");
		assertThat(this.throttle.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void manyAddressesDoNotFillTheMemory() {
		for (int i = 0; i <= AddressThrottle.TIDY_ABOVE; i++) {
			this.throttle.failed("address " + i);
		}
		this.now.addAndGet(Duration.ofMinutes(5).toNanos());

		this.throttle.failed("one more");

		assertThat(this.throttle.addresses()).isEqualTo(1);
	}

	private void failTimes(String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(address);
		}
	}

}
