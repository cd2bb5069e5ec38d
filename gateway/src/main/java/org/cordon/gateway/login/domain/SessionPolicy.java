package org.cordon.gateway.login.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login lasts: it ends after {@code idleTimeout} without a request, and at the
 * latest {@code maxAge} after the login, however busy the person is.
 *
 * @param idleTimeout the longest quiet spell
 * @param maxAge the longest session
 */
public record SessionPolicy(Duration idleTimeout, Duration maxAge) {

	public SessionPolicy {
		if (idleTimeout.isNegative() || idleTimeout.isZero() || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("the session idle timeout and maximum age must be positive");
		}
		if (idleTimeout.compareTo(maxAge) > 0) {
			throw new IllegalArgumentException("the session idle timeout cannot be longer than its maximum age");
		}
	}

	/**
	 * When a session begun now ends at the latest.
	 * @param loggedInAt when the person logged in
	 * @return the end of the session
	 */
	public Instant expiresAt(Instant loggedInAt) {
		return loggedInAt.plus(this.maxAge);
	}

	/**
	 * The last request a session must have seen to be alive now.
	 * @param now the time of a request
	 * @return sessions last seen before this are over
	 */
	public Instant idleCutoff(Instant now) {
		return now.minus(this.idleTimeout);
	}

	/**
	 * Whether a session is still alive.
	 * @param lastSeenAt its last request
	 * @param expiresAt its end at the latest
	 * @param now the time of the request
	 * @return true when neither limit has passed
	 */
	public boolean isAlive(Instant lastSeenAt, Instant expiresAt, Instant now) {
		return now.isBefore(expiresAt) && lastSeenAt.isAfter(idleCutoff(now));
	}

}
