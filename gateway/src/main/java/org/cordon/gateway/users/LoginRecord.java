package org.cordon.gateway.users;

import java.util.Set;

import org.cordon.gateway.users.domain.LoginFailures;
import org.cordon.platform.rules.Role;

/**
 * What a login needs to know of a user, read under a row lock so that concurrent guesses
 * are counted one after the other.
 *
 * @param username the user
 * @param passwordHash the bcrypt hash
 * @param roles the user's roles
 * @param disabled whether an admin disabled the user
 * @param failures the failed logins that still count
 */
record LoginRecord(String username, String passwordHash, Set<Role> roles, boolean disabled, LoginFailures failures) {

	@Override
	public String toString() {
		// never the hash
		return "LoginRecord[" + this.username + "]";
	}

}
