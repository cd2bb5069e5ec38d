package org.cordon.gateway.keys.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.rules.Role;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * What a key request must hold: a name, at least one known role, and a checkpoint scope
 * exactly when the key has the checkpoint role.
 */
public final class KeyRules {

	public static final int MAX_NAME = 100;

	public static final int MAX_CHECKPOINTS = 1000;

	/**
	 * The shortest secret accepted from configuration (the bootstrap key): a person
	 * chooses it, so it must at least not be guessable in a few tries.
	 */
	public static final int MIN_CONFIGURED_SECRET = 16;

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final String ROLE_NAMES = Arrays.stream(Role.values())
		.map(Role::wireName)
		.collect(Collectors.joining(", "));

	private KeyRules() {
	}

	public static List<Violation> check(String name, List<String> roles, List<String> checkpoints) {
		Violations violations = new Violations();
		violations.text(name, "name", MAX_NAME);
		boolean checkpointRole = checkRoles(roles, violations);
		checkScope(checkpointRole, checkpoints, violations);
		return violations.list();
	}

	/**
	 * The key a valid request asks for; call after {@link #check} found nothing.
	 * @param name the name
	 * @param roles the role names
	 * @param checkpoints the scope, possibly null
	 * @return the key, with its name trimmed and its checkpoint ids in canonical form
	 */
	public static NewKey toNewKey(String name, List<String> roles, List<String> checkpoints) {
		Set<Role> granted = roles.stream()
			.map(Role::fromWireName)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		Set<String> scope = (checkpoints != null)
				? checkpoints.stream().map((id) -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()) : Set.of();
		return new NewKey(name.strip(), granted, scope);
	}

	/**
	 * Refuses a configured secret too short or with blanks to serve as a key.
	 * @param property the property it came from, for the message
	 * @param secret the configured value
	 * @return what is wrong, if anything
	 */
	public static Optional<String> checkConfiguredSecret(String property, String secret) {
		if (secret.length() < MIN_CONFIGURED_SECRET) {
			return Optional.of(property + " must be at least " + MIN_CONFIGURED_SECRET + " characters long");
		}
		if (secret.chars().anyMatch(Character::isWhitespace)) {
			return Optional.of(property + " must not contain blanks");
		}
		return Optional.empty();
	}

	private static boolean checkRoles(List<String> roles, Violations violations) {
		if (!violations.present(roles, "roles")) {
			return false;
		}
		violations.check(!roles.isEmpty(), "roles", "must name at least one role");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < roles.size(); i++) {
			String role = roles.get(i);
			String field = "roles[" + i + "]";
			if (violations.present(role, field)) {
				violations.check(Role.fromWireName(role).isPresent(), field,
						"is not a role; the roles are " + ROLE_NAMES);
				violations.check(seen.add(role), field, "is listed twice");
			}
		}
		return roles.contains(Role.CHECKPOINT.wireName());
	}

	private static void checkScope(boolean checkpointRole, List<String> checkpoints, Violations violations) {
		boolean empty = checkpoints == null || checkpoints.isEmpty();
		if (!checkpointRole) {
			violations.check(empty, "checkpoints", "only a key with the role checkpoint has a checkpoint scope");
			return;
		}
		if (empty) {
			violations.add("checkpoints", "a checkpoint key needs its scope: checkpoint ids, or \"*\" for all");
			return;
		}
		violations.check(checkpoints.size() <= MAX_CHECKPOINTS, "checkpoints",
				"must hold at most " + MAX_CHECKPOINTS + " ids");
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < checkpoints.size(); i++) {
			String id = checkpoints.get(i);
			String field = "checkpoints[" + i + "]";
			if (!violations.present(id, field)) {
				continue;
			}
			if (id.equals(Identity.ALL_CHECKPOINTS)) {
				violations.check(checkpoints.size() == 1, field,
						"\"*\" stands alone: it already means every checkpoint");
			}
			else if (!UUID.matcher(id).matches()) {
				violations.add(field, "must be a checkpoint id (a UUID) or \"*\"");
			}
			violations.check(seen.add(id.toLowerCase(Locale.ROOT)), field, "is listed twice");
		}
	}

}
