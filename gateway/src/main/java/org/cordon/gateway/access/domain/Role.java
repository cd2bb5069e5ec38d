package org.cordon.gateway.access.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of API.md as the gateway grants them, written lowercase on the wire.
 * <p>
 * The services read the same names with the platform's own {@code Role}; the gateway
 * keeps this copy because its rules are plain Java and the platform's identity package is
 * not. {@code RoleVocabularyTest} keeps the two spelled alike.
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

	/**
	 * The role with exactly this wire name; {@code Admin} or {@code ADMIN} is not one.
	 * @param name as a client wrote it
	 * @return the role, if there is one
	 */
	public static Optional<Role> fromWireName(String name) {
		for (Role role : values()) {
			if (role.wireName().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
