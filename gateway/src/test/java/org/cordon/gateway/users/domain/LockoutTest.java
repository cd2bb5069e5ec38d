package org.cordon.gateway.users.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LockoutTest {

	private static final Instant T0 = Instant.parse("2020-02-04T08:00:00Z");

	private final Lockout lockout = new Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	@Test
	void theFifthFailureWithinTheWindowLocksForTheLockPeriod() {
		LoginFailures failures = fail(LoginFailures.NONE, 4, T0);
		assertThat(this.lockout.isLocked(failures, T0.plusSeconds(4))).isFalse();
		assertThat(failures.count()).isEqualTo(4);

		LoginFailures fifth = this.lockout.afterFailure(failures, T0.plusSeconds(5));

		assertThat(this.lockout.locks(failures, fifth, T0.plusSeconds(5))).isTrue();
		assertThat(fifth.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
		assertThat(this.lockout.isLocked(fifth, T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1)))
			.isTrue();
		assertThat(this.lockout.isLocked(fifth, T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresFurtherApartThanTheWindowDoNotAddUp() {
		// the window opens with the first failure, at T0 + 1 s
		LoginFailures four = fail(LoginFailures.NONE, 4, T0);
		Instant windowOver = T0.plusSeconds(1).plus(Duration.ofMinutes(15));

		assertThat(this.lockout.isLocked(this.lockout.afterFailure(four, windowOver.minusMillis(1)),
				windowOver.minusMillis(1)))
			.isTrue();
		LoginFailures later = this.lockout.afterFailure(four, windowOver);
		assertThat(later.count()).isEqualTo(1);
		assertThat(later.firstAt()).isEqualTo(windowOver);
		assertThat(this.lockout.isLocked(later, windowOver)).isFalse();
	}

	@Test
	void failuresDuringALockDoNotExtendIt() {
		LoginFailures locked = fail(LoginFailures.NONE, 5, T0);
		Instant until = locked.lockedUntil();

		LoginFailures again = this.lockout.afterFailure(locked, T0.plus(Duration.ofMinutes(10)));

		assertThat(again.lockedUntil()).isEqualTo(until);
		assertThat(this.lockout.locks(locked, again, T0.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void afterALockThePersonHasTheFullNumberOfTriesAgain() {
		LoginFailures locked = fail(LoginFailures.NONE, 5, T0);
		Instant afterLock = locked.lockedUntil();

		LoginFailures four = fail(locked, 4, afterLock);

		assertThat(this.lockout.isLocked(four, afterLock.plusSeconds(4))).isFalse();
		assertThat(this.lockout.isLocked(this.lockout.afterFailure(four, afterLock.plusSeconds(5)),
				afterLock.plusSeconds(5)))
			.isTrue();
	}

	@Test
	void aSuccessClearsTheCount() {
		assertThat(this.lockout.afterSuccess()).isEqualTo(LoginFailures.NONE);
		assertThat(this.lockout.afterFailure(this.lockout.afterSuccess(), T0).count()).isEqualTo(1);
	}

	@Test
	void aClockThatWentBackStartsANewWindow() {
		LoginFailures four = fail(LoginFailures.NONE, 4, T0);

		assertThat(this.lockout.afterFailure(four, T0.minusSeconds(60)).count()).isEqualTo(1);
	}

	@Test
	void theLimitsMustMakeSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Lockout(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(5, Duration.ZERO, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Lockout(5, Duration.ofMinutes(1), Duration.ofSeconds(-1)));
	}

	private LoginFailures fail(LoginFailures from, int times, Instant start) {
		LoginFailures failures = from;
		for (int i = 0; i < times; i++) {
			failures = this.lockout.afterFailure(failures, start.plusSeconds(i + 1));
		}
		return failures;
	}

}
