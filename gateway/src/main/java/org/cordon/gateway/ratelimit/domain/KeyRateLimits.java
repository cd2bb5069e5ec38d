package org.cordon.gateway.ratelimit.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per caller, in this gateway replica. Buckets that have filled
 * up again are forgotten once there are many, so the map stays as small as the set of
 * callers that are busy right now.
 */
public final class KeyRateLimits {

	/** Above this many buckets, full ones are dropped. */
	static final int TIDY_ABOVE = 10_000;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final double perSecond;

	private final int burst;

	private final LongSupplier clock;

	/**
	 * Limits per caller.
	 * @param perSecond sustained requests per second
	 * @param burst requests allowed at once after a quiet spell
	 * @param clock a monotonic clock in nanoseconds, {@code System::nanoTime} outside
	 * tests
	 */
	public KeyRateLimits(double perSecond, int burst, LongSupplier clock) {
		TokenBucket.checkLimits(perSecond, burst);
		this.perSecond = perSecond;
		this.burst = burst;
		this.clock = clock;
	}

	/**
	 * Counts one request of a caller.
	 * @param caller e.g. {@code key:<keyId>}
	 * @return empty when the request may go; otherwise how long to wait
	 */
	public Optional<Duration> tryAcquire(String caller) {
		long now = this.clock.getAsLong();
		if (this.buckets.size() > TIDY_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		long wait = this.buckets.computeIfAbsent(caller, (c) -> new TokenBucket(this.perSecond, this.burst, now))
			.take(now);
		return (wait == 0) ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
	}

	/**
	 * The {@code Retry-After} value for a wait: whole seconds, rounded up, at least 1.
	 * @param wait how long until a token is available
	 * @return seconds
	 */
	public static long retryAfterSeconds(Duration wait) {
		long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	int size() {
		return this.buckets.size();
	}

}
