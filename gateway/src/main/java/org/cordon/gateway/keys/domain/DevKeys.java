package org.cordon.gateway.keys.domain;

import java.util.List;
import java.util.Set;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.rules.Role;

/**
 * The well-known keys of the embedded default, one per role, so that a developer can try
 * the API at once. Their secrets are public: they exist only when
 * {@code cordon.gateway.dev-keys=true}.
 */
public final class DevKeys {

	/**
	 * Every dev key is stored under an origin with this prefix, e.g. {@code dev:admin}.
	 */
	public static final String ORIGIN_PREFIX = "dev:";

	public static final List<ConfiguredKey> ALL = List.of(dev("admin", Role.ADMIN, Set.of()),
			dev("operator", Role.OPERATOR, Set.of()), dev("viewer", Role.VIEWER, Set.of()),
			dev("auditor", Role.AUDITOR, Set.of()),
			dev("checkpoint", Role.CHECKPOINT, Set.of(Identity.ALL_CHECKPOINTS)));

	private DevKeys() {
	}

	private static ConfiguredKey dev(String what, Role role, Set<String> checkpoints) {
		return new ConfiguredKey(ORIGIN_PREFIX + what, "dev-" + what + "-key", "dev " + what, Set.of(role),
				checkpoints);
	}

}
