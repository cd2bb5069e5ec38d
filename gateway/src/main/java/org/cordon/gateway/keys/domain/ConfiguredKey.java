package org.cordon.gateway.keys.domain;

import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * A key whose secret comes from configuration rather than from the gateway: the bootstrap
 * admin key and the dev keys. It is stored, hashed, under its origin, so a restart with
 * another secret replaces the old one instead of adding a second key.
 *
 * @param origin what configured it, e.g. {@code bootstrap} or {@code dev:admin}
 * @param secret the key itself
 * @param name its name
 * @param roles its roles
 * @param checkpoints its scope
 */
public record ConfiguredKey(String origin, String secret, String name, Set<Role> roles, Set<String> checkpoints) {

	public static final String BOOTSTRAP_ORIGIN = "bootstrap";

	public ConfiguredKey {
		roles = Set.copyOf(roles);
		checkpoints = Set.copyOf(checkpoints);
	}

	public static ConfiguredKey bootstrapAdmin(String secret) {
		return new ConfiguredKey(BOOTSTRAP_ORIGIN, secret, "bootstrap admin", Set.of(Role.ADMIN), Set.of());
	}

	@Override
	public String toString() {
		// never the secret: records print every component
		return "ConfiguredKey[" + this.origin + ", " + this.name + "]";
	}

}
