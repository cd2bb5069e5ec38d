package org.cordon.platform.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;

/**
 * The key or user on whose behalf a request runs, as the gateway vouched for it.
 *
 * @param actorId stable id, e.g. {@code key:4f6c...} or {@code user:operator}
 * @param actorName a human name for auditors; never a secret
 * @param roles what the caller may do
 * @param checkpoints the checkpoints a checkpoint role may post for; {@code *} means all
 */
public record Caller(String actorId, String actorName, Set<Role> roles, Set<String> checkpoints) {

	public static final String ALL_CHECKPOINTS = "*";

	public Caller {
		roles = Set.copyOf(roles);
		checkpoints = Set.copyOf(checkpoints);
	}

	public boolean has(Role required) {
		return this.roles.stream().anyMatch((role) -> role.grants(required));
	}

	/**
	 * Refuses the request unless the caller holds one of the roles.
	 * @param anyOf roles that allow the action
	 */
	public void require(Role... anyOf) {
		if (Arrays.stream(anyOf).noneMatch(this::has)) {
			throw ProblemException.forbidden("This needs the role "
					+ Arrays.stream(anyOf).map(Role::wireName).collect(Collectors.joining(" or ")) + ".");
		}
	}

	/**
	 * Refuses a checkpoint post unless the caller is an admin, or a checkpoint whose
	 * scope includes this checkpoint.
	 * @param checkpointId the checkpoint posted for
	 */
	public void requireCheckpoint(UUID checkpointId) {
		require(Role.CHECKPOINT);
		if (this.has(Role.ADMIN)) {
			return;
		}
		if (!this.checkpoints.contains(ALL_CHECKPOINTS) && !this.checkpoints.contains(checkpointId.toString())) {
			throw ProblemException.forbidden("This key may not post for checkpoint " + checkpointId + ".");
		}
	}

	/**
	 * The actor as written in {@code ce_actor}: id and name, never a secret.
	 * @return e.g. {@code key:4f6c... (Linhe east gate)}
	 */
	public String actor() {
		return this.actorId + " (" + this.actorName + ")";
	}

}
