package org.cordon.gateway.users.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When too many failed logins lock a username: after {@code maxFailures} failures within
 * {@code window} of the first, the username is locked for {@code lockPeriod}, and while
 * it is locked even the right password is refused. The window is fixed, starting at the
 * first failure after a quiet spell; a success or the lock clears the count, so after a
 * lock the person has {@code maxFailures} tries again. Failures during a lock do not
 * extend it: that would only let a guesser keep a person out for longer.
 *
 * @param maxFailures failures that lock, at least 1
 * @param window how long failures are counted together
 * @param lockPeriod how long a lock lasts
 */
public record Lockout(int maxFailures, Duration window, Duration lockPeriod) {

	public Lockout {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("at least one failure must be allowed before a lock");
		}
		if (window.isNegative() || window.isZero() || lockPeriod.isNegative() || lockPeriod.isZero()) {
			throw new IllegalArgumentException("the failure window and the lock period must be positive");
		}
	}

	public boolean isLocked(LoginFailures failures, Instant now) {
		return failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
	}

	/**
	 * Counts one failure.
	 * @param failures the failures so far
	 * @param now when this one happened
	 * @return the failures after it; locked when it was one too many
	 */
	public LoginFailures afterFailure(LoginFailures failures, Instant now) {
		if (isLocked(failures, now)) {
			return failures;
		}
		boolean sameWindow = failures.firstAt() != null && now.isBefore(failures.firstAt().plus(this.window))
				&& !now.isBefore(failures.firstAt());
		int count = sameWindow ? failures.count() + 1 : 1;
		Instant firstAt = sameWindow ? failures.firstAt() : now;
		if (count >= this.maxFailures) {
			return new LoginFailures(0, null, now.plus(this.lockPeriod));
		}
		return new LoginFailures(count, firstAt, failures.lockedUntil());
	}

	/**
	 * Whether this failure is the one that imposed a lock.
	 * @param before the failures before it
	 * @param after the failures after it
	 * @param now when it happened
	 * @return true when the user was not locked before and is now
	 */
	public boolean locks(LoginFailures before, LoginFailures after, Instant now) {
		return !isLocked(before, now) && isLocked(after, now);
	}

	public LoginFailures afterSuccess() {
		return LoginFailures.NONE;
	}

}
