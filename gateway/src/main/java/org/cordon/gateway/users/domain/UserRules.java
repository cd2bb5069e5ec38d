package org.cordon.gateway.users.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cordon.platform.rules.Role;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * What a new user must be: a username of 3 to 64 lowercase letters, digits, dots,
 * underscores and hyphens, starting with a letter or digit; a password of at least 12
 * characters that is not the username; and at least one role a person may hold.
 * <p>
 * {@code checkpoint} is not such a role: a checkpoint is a machine posting counts, and
 * machines use API keys, which can be scoped to checkpoints (ADR 0018).
 */
public final class UserRules {

	public static final int MIN_USERNAME = 3;

	public static final int MAX_USERNAME = 64;

	public static final int MIN_PASSWORD = 12;

	/**
	 * bcrypt reads no more than 72 bytes of a password; a longer one would be cut
	 * silently, so it is refused instead.
	 */
	public static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern
		.compile("[a-z0-9][a-z0-9._-]{" + (MIN_USERNAME - 1) + "," + (MAX_USERNAME - 1) + "}");

	/** The roles a person may hold, in the order API.md lists them. */
	public static final List<Role> PERSON_ROLES = Arrays.stream(Role.values())
		.filter((role) -> role != Role.CHECKPOINT)
		.toList();

	private static final String PERSON_ROLE_NAMES = PERSON_ROLES.stream()
		.map(Role::wireName)
		.collect(Collectors.joining(", "));

	private UserRules() {
	}

	/**
	 * Checks a request to create a user.
	 * @param username the username as sent
	 * @param password the password as sent; never part of a message
	 * @param roles the role names as sent
	 * @return every broken rule, each naming its field
	 */
	public static List<Violation> check(String username, String password, List<String> roles) {
		Violations violations = new Violations();
		boolean validName = checkUsername(username, violations);
		checkPassword(password, validName ? username : null, violations);
		checkRoles(roles, violations);
		return violations.list();
	}

	/**
	 * The user a valid request asks for; call after {@link #check} found nothing.
	 * @param username the username
	 * @param roles the role names
	 * @return the user's name and roles
	 */
	public static NewUser toNewUser(String username, List<String> roles) {
		return new NewUser(username,
				roles.stream().map(Role::fromWireName).flatMap(Optional::stream).collect(Collectors.toSet()));
	}

	/**
	 * The username a person typed into the login form, as it is stored: usernames are
	 * lowercase, so {@code Admin } finds {@code admin}.
	 * @param typed what was typed, possibly null
	 * @return the username to look up, or empty when it cannot be one
	 */
	public static Optional<String> typedUsername(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String username = typed.strip().toLowerCase(Locale.ROOT);
		return isUsername(username) ? Optional.of(username) : Optional.empty();
	}

	/**
	 * Whether a typed password could be anyone's: not empty and within what bcrypt reads.
	 * A password that cannot match is refused without telling the typist why.
	 * @param typed what was typed, possibly null
	 * @return true when it is worth comparing
	 */
	public static boolean couldBePassword(String typed) {
		return typed != null && !typed.isEmpty() && utf8Length(typed) <= MAX_PASSWORD_BYTES;
	}

	public static boolean isUsername(String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

	private static boolean checkUsername(String username, Violations violations) {
		if (!violations.present(username, "username")) {
			return false;
		}
		boolean valid = isUsername(username);
		violations.check(valid, "username", "must be " + MIN_USERNAME + " to " + MAX_USERNAME
				+ " of a-z, 0-9, '.', '_' and '-'," + " starting with a letter or digit");
		return valid;
	}

	private static void checkPassword(String password, String username, Violations violations) {
		if (!violations.present(password, "password")) {
			return;
		}
		// messages describe the rule, never the password
		int characters = password.codePointCount(0, password.length());
		violations.check(characters >= MIN_PASSWORD, "password", "must be at least " + MIN_PASSWORD + " characters");
		violations.check(utf8Length(password) <= MAX_PASSWORD_BYTES, "password",
				"must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
		violations.check(!password.isBlank(), "password", "must not be blank");
		violations.check(username == null || !password.strip().equalsIgnoreCase(username), "password",
				"must not be the username");
	}

	private static void checkRoles(List<String> roles, Violations violations) {
		if (!violations.present(roles, "roles")) {
			return;
		}
		violations.check(!roles.isEmpty(), "roles", "must name at least one role");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < roles.size(); i++) {
			String role = roles.get(i);
			String field = "roles[" + i + "]";
			if (!violations.present(role, field)) {
				continue;
			}
			if (role.equals(Role.CHECKPOINT.wireName())) {
				violations.add(field, "checkpoint is for machines: give a checkpoint an API key;"
						+ " a person's roles are " + PERSON_ROLE_NAMES);
			}
			else {
				violations.check(Role.fromWireName(role).isPresent(), field,
						"is not a role; a person's roles are " + PERSON_ROLE_NAMES);
			}
			violations.check(seen.add(role), field, "is listed twice");
		}
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
