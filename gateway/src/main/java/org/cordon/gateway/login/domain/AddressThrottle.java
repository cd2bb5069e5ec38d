package org.cordon.gateway.login.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down a client address that keeps failing to log in, whatever usernames it tries:
 * the lockout protects one username, this makes trying many usernames slow. After
 * {@code freeFailures} failures within {@code window}, every further login attempt from
 * the address waits one {@code step} more per failure, up to {@code longest}. The wait
 * comes before the attempt is checked, so how long an answer takes says nothing about
 * whether it succeeded.
 * <p>
 * Counted per gateway replica, in memory: it is a brake, not a lock.
 */
public final class AddressThrottle {

	static final int TIDY_ABOVE = 10_000;

	private final int freeFailures;

	private final long windowNanos;

	private final Duration step;

	private final Duration longest;

	private final LongSupplier clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	/**
	 * A throttle.
	 * @param freeFailures failures an address may have before it waits
	 * @param window how long failures count
	 * @param step the added wait per failure beyond the free ones
	 * @param longest the longest wait
	 * @param clock a monotonic clock in nanoseconds, {@code System::nanoTime} outside
	 * tests
	 */
	public AddressThrottle(int freeFailures, Duration window, Duration step, Duration longest, LongSupplier clock) {
		if (freeFailures < 0 || window.isNegative() || window.isZero() || step.isNegative() || longest.isNegative()) {
			throw new IllegalArgumentException("the address throttle needs a positive window and no negative waits");
		}
		this.freeFailures = freeFailures;
		this.windowNanos = window.toNanos();
		this.step = step;
		this.longest = longest;
		this.clock = clock;
	}

	/**
	 * How long an attempt from this address waits before it is checked.
	 * @param address the client's address
	 * @return zero for an address in good standing
	 */
	public Duration waitFor(String address) {
		Failures seen = this.failures.get(address);
		if (seen == null) {
			return Duration.ZERO;
		}
		long now = this.clock.getAsLong();
		if (seen.isOver(now, this.windowNanos)) {
			this.failures.remove(address, seen);
			return Duration.ZERO;
		}
		int beyond = seen.count() - this.freeFailures;
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration wait = this.step.multipliedBy(beyond);
		return (wait.compareTo(this.longest) > 0) ? this.longest : wait;
	}

	/**
	 * Counts a failed login from an address.
	 * @param address the client's address
	 */
	public void failed(String address) {
		long now = this.clock.getAsLong();
		if (this.failures.size() > TIDY_ABOVE) {
			this.failures.values().removeIf((seen) -> seen.isOver(now, this.windowNanos));
		}
		this.failures.compute(address, (a, seen) -> (seen == null || seen.isOver(now, this.windowNanos))
				? new Failures(1, now) : new Failures(seen.count() + 1, seen.firstAt()));
	}

	int addresses() {
		return this.failures.size();
	}

	private record Failures(int count, long firstAt) {

		boolean isOver(long now, long windowNanos) {
			return now - this.firstAt >= windowNanos;
		}

	}

}
