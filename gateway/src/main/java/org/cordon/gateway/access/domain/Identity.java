package org.cordon.gateway.access.domain;

import java.util.Set;
import java.util.UUID;

import org.cordon.platform.rules.Role;

/**
 * Who is calling, once the gateway has authenticated them: what the identity token
 * states.
 *
 * @param actorId stable id, {@code key:<keyId>} or {@code user:<username>}
 * @param name a human name for auditors; never a secret
 * @param roles what the caller may do
 * @param checkpoints the checkpoints a checkpoint role may post for; {@code *} means all
 */
public record Identity(String actorId, String name, Set<Role> roles, Set<String> checkpoints) {

	public static final String ALL_CHECKPOINTS = "*";

	public Identity {
		roles = Set.copyOf(roles);
		checkpoints = Set.copyOf(checkpoints);
	}

	public static Identity ofKey(UUID keyId, String name, Set<Role> roles, Set<String> checkpoints) {
		return new Identity("key:" + keyId, name, roles, checkpoints);
	}

	/**
	 * A person logged in with a session: no checkpoint scope, for people hold no
	 * checkpoint role.
	 * @param username the username
	 * @param roles the user's roles
	 * @return the caller
	 */
	public static Identity ofUser(String username, Set<Role> roles) {
		return new Identity("user:" + username, username, roles, Set.of());
	}

	public boolean hasAnyOf(Set<Role> wanted) {
		return this.roles.stream().anyMatch(wanted::contains);
	}

	/**
	 * Whether the checkpoint is in this caller's scope.
	 * @param checkpointId a canonical checkpoint id
	 * @return true for {@code *} or the id itself
	 */
	public boolean covers(String checkpointId) {
		return this.checkpoints.contains(ALL_CHECKPOINTS) || this.checkpoints.contains(checkpointId);
	}

}
