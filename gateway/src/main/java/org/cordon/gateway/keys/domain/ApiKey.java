package org.cordon.gateway.keys.domain;

import java.util.Set;
import java.util.UUID;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.rules.Role;

/**
 * A key that is in force, without its secret.
 *
 * @param keyId the key's public id
 * @param name what the admin called it, e.g. {@code Linhe east gate}
 * @param roles what it may do
 * @param checkpoints its checkpoint scope: ids, or {@code *}; empty without the
 * checkpoint role
 */
public record ApiKey(UUID keyId, String name, Set<Role> roles, Set<String> checkpoints) {

	public ApiKey {
		roles = Set.copyOf(roles);
		checkpoints = Set.copyOf(checkpoints);
	}

	public Identity identity() {
		return Identity.ofKey(this.keyId, this.name, this.roles, this.checkpoints);
	}

}
