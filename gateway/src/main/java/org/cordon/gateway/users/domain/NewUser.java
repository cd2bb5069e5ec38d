package org.cordon.gateway.users.domain;

import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * A user about to be created, once the request passed {@link UserRules}; the password
 * travels separately, only as far as its hash.
 *
 * @param username the username
 * @param roles what the person may do
 */
public record NewUser(String username, Set<Role> roles) {

	public NewUser {
		roles = Set.copyOf(roles);
	}

}
