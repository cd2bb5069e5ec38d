package org.cordon.platform.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of API.md, written lowercase on the wire.
 */
public enum Role {

	/** Posts for the checkpoints in its scope only. */
	CHECKPOINT,
	/** Writes quarantine, supply and inspection records. */
	OPERATOR,
	/** Reads views and the live stream. */
	VIEWER,
	/** A viewer who also reads the event history. */
	AUDITOR,
	/** Everything, including keys and rebuilds. */
	ADMIN;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Role> fromWireName(String name) {
		for (Role role : values()) {
			if (role.wireName().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether holding this role grants what {@code required} grants.
	 * @param required the role an action needs
	 * @return true when this role is it, or includes it
	 */
	public boolean grants(Role required) {
		return this == required || this == ADMIN || (this == AUDITOR && required == VIEWER);
	}

}
