package org.cordon.gateway.keys.domain;

import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * A key about to be issued, once its request passed {@link KeyRules}.
 *
 * @param name what the admin called it, trimmed
 * @param roles what it may do
 * @param checkpoints canonical checkpoint ids, or {@code *}; empty without the checkpoint
 * role
 */
public record NewKey(String name, Set<Role> roles, Set<String> checkpoints) {

	public NewKey {
		roles = Set.copyOf(roles);
		checkpoints = Set.copyOf(checkpoints);
	}

}
