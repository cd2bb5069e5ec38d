package org.cordon.gateway.users;

import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * What a password check found. The person is told only "accepted" or "refused"; the
 * reason is for the gateway's log.
 */
public sealed interface LoginOutcome {

	/**
	 * The right password of an enabled user who is not locked.
	 *
	 * @param username the user
	 * @param roles the user's roles
	 */
	record Accepted(String username, Set<Role> roles) implements LoginOutcome {

		public Accepted {
			roles = Set.copyOf(roles);
		}

	}

	/**
	 * Anything else.
	 *
	 * @param username the user, or null when no such user exists (what was typed is not
	 * repeated: people type passwords into the username field)
	 * @param reason why, for the log; never the password
	 */
	record Refused(String username, String reason) implements LoginOutcome {

	}

}
