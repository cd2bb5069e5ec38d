package org.cordon.gateway.users;

import java.util.List;

/**
 * The body of {@code POST /api/admin/users}; roles are strings so that an unknown one is
 * named in the answer rather than refused as an unreadable body.
 *
 * @param username the username
 * @param password the first password; never logged, never stored but as its hash
 * @param roles lowercase role names
 */
record UserRequest(String username, String password, List<String> roles) {

	@Override
	public String toString() {
		// records print every component, and this one holds a password
		return "UserRequest[" + this.username + ", " + this.roles + "]";
	}

}
