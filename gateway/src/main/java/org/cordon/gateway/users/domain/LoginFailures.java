package org.cordon.gateway.users.domain;

import java.time.Instant;

/**
 * The failed logins of one user that still count: how many since the first of the current
 * window, and until when the user is locked.
 *
 * @param count failures in the current window
 * @param firstAt when the window began, or null without failures
 * @param lockedUntil the end of a lock, or null when none was imposed
 */
public record LoginFailures(int count, Instant firstAt, Instant lockedUntil) {

	public static final LoginFailures NONE = new LoginFailures(0, null, null);

}
