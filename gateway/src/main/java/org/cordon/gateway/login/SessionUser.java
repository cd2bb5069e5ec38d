package org.cordon.gateway.login;

import java.time.Instant;
import java.util.Set;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.rules.Role;

/**
 * The person a live session belongs to.
 *
 * @param username the user
 * @param roles the user's roles
 * @param expiresAt when the session ends at the latest
 */
record SessionUser(String username, Set<Role> roles, Instant expiresAt) {

	SessionUser {
		roles = Set.copyOf(roles);
	}

	Identity identity() {
		return Identity.ofUser(this.username, this.roles);
	}

}
