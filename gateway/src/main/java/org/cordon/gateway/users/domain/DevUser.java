package org.cordon.gateway.users.domain;

import java.util.List;
import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * A well-known user of the embedded default, one per role a person may hold, whose
 * password is its name. They exist only while {@code cordon.gateway.dev-users=true}.
 *
 * @param username the username, also the password
 * @param roles its one role
 */
public record DevUser(String username, Set<Role> roles) {

	/** The {@code origin} under which dev users are stored. */
	public static final String ORIGIN = "dev";

	public static final List<DevUser> ALL = List.of(dev(Role.ADMIN), dev(Role.OPERATOR), dev(Role.VIEWER),
			dev(Role.AUDITOR));

	public DevUser {
		roles = Set.copyOf(roles);
	}

	/**
	 * The password, which is public: it is the username.
	 * @return the password
	 */
	public String password() {
		return this.username;
	}

	private static DevUser dev(Role role) {
		return new DevUser(role.wireName(), Set.of(role));
	}

}
