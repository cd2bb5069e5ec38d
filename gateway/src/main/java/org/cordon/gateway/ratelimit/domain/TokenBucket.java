package org.cordon.gateway.ratelimit.domain;

/**
 * A token bucket: it holds up to {@code burst} tokens, gains {@code perSecond} tokens a
 * second, and each request takes one. Time is passed in, in nanoseconds of a monotonic
 * clock, so that the rule is tested without waiting.
 */
public final class TokenBucket {

	private static final double NANOS_PER_SECOND = 1e9;

	private final double perSecond;

	private final double burst;

	private double tokens;

	private long updatedAt;

	public TokenBucket(double perSecond, int burst, long now) {
		checkLimits(perSecond, burst);
		this.perSecond = perSecond;
		this.burst = burst;
		this.tokens = burst;
		this.updatedAt = now;
	}

	/**
	 * Refuses limits that would let nothing through, or everything.
	 * @param perSecond tokens gained per second
	 * @param burst the bucket's size
	 */
	public static void checkLimits(double perSecond, int burst) {
		if (!(perSecond > 0) || Double.isInfinite(perSecond) || burst < 1) {
			throw new IllegalArgumentException(
					"a rate limit needs a positive, finite rate per second and a burst of at least 1");
		}
	}

	/**
	 * Takes a token if there is one.
	 * @param now the clock's reading, in nanoseconds
	 * @return 0 when the request may go; otherwise the nanoseconds until a token is
	 * available
	 */
	public synchronized long take(long now) {
		refill(now);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - this.tokens) / this.perSecond * NANOS_PER_SECOND);
	}

	/**
	 * Whether the bucket is full again, so forgetting it changes nothing.
	 * @param now the clock's reading, in nanoseconds
	 * @return true when it holds {@code burst} tokens
	 */
	public synchronized boolean isFull(long now) {
		refill(now);
		return this.tokens >= this.burst;
	}

	private void refill(long now) {
		long elapsed = now - this.updatedAt;
		if (elapsed > 0) {
			this.tokens = Math.min(this.burst, this.tokens + elapsed / NANOS_PER_SECOND * this.perSecond);
			this.updatedAt = now;
		}
	}

}
