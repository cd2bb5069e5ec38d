package org.cordon.gateway.access.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cordon.platform.rules.Role;

/**
 * Who may call which path, from the roles of API.md: the one table the gateway checks
 * before it routes or handles anything.
 * <p>
 * Paths are compared segment by segment, ignoring empty segments ({@code //}); a path the
 * table does not name needs admin, so a route added without a rule is closed rather than
 * open.
 */
public final class AccessRules {

	static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

	/** An auditor is a viewer who also reads the event history. */
	static final Set<Role> VIEWERS = EnumSet.of(Role.VIEWER, Role.AUDITOR, Role.ADMIN);

	static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);

	static final Set<Role> OPERATORS = EnumSet.of(Role.OPERATOR, Role.ADMIN);

	private static final Requirement OPEN = new Requirement.Open();

	private static final Requirement ADMIN_ONLY = new Requirement.AnyRole(ADMINS);

	private static final Requirement SIGNED_IN = new Requirement.AnyRole(EnumSet.allOf(Role.class));

	private AccessRules() {
	}

	/**
	 * Decides whether a request goes on.
	 * @param method the HTTP method, upper case
	 * @param path the request path without the query
	 * @param caller the authenticated caller, or null without a key
	 * @return the gateway's answer
	 */
	public static Access decide(String method, String path, Identity caller) {
		return requirementFor(method, path).check(caller);
	}

	public static Requirement requirementFor(String method, String path) {
		List<String> segments = Arrays.stream(path.split("/")).filter((segment) -> !segment.isEmpty()).toList();
		boolean read = method.equals("GET") || method.equals("HEAD");
		if (segments.isEmpty() || segments.get(0).equals("dashboard")) {
			// the dashboard page and its scripts: anyone logged in; what they may read
			// and change is decided again for each API call the page makes
			return read ? SIGNED_IN : ADMIN_ONLY;
		}
		if (!segments.get(0).equals("api")) {
			return (read && isOpen(segments)) || isLogin(method, segments) ? OPEN : ADMIN_ONLY;
		}
		if (segments.size() < 2) {
			return ADMIN_ONLY;
		}
		return switch (segments.get(1)) {
			case "checkpoints" -> checkpoints(method, read, segments);
			case "views" -> read ? new Requirement.AnyRole(VIEWERS) : ADMIN_ONLY;
			case "stream" -> (read && segments.size() == 2) ? new Requirement.AnyRole(VIEWERS) : ADMIN_ONLY;
			case "audit" -> read ? new Requirement.AnyRole(AUDITORS) : ADMIN_ONLY;
			case "persons", "supplies", "inspections" -> new Requirement.AnyRole(OPERATORS);
			case "me" -> (read && segments.size() == 2) ? SIGNED_IN : ADMIN_ONLY;
			default -> ADMIN_ONLY;
		};
	}

	private static Requirement checkpoints(String method, boolean read, List<String> segments) {
		if (segments.size() == 2) {
			return read ? new Requirement.AnyRole(VIEWERS) : ADMIN_ONLY;
		}
		if (segments.size() >= 4 && method.equals("POST")) {
			return new Requirement.CheckpointPost(segments.get(2));
		}
		return ADMIN_ONLY;
	}

	/**
	 * Logging in and out: the form posts before anyone is known, and logging out needs no
	 * session that is still alive.
	 */
	private static boolean isLogin(String method, List<String> segments) {
		return method.equals("POST") && segments.size() == 1
				&& (segments.get(0).equals("login") || segments.get(0).equals("logout"));
	}

	/**
	 * Health for probes and load balancers, the API documentation with the assets of its
	 * page, and the login form with its style sheet.
	 */
	private static boolean isOpen(List<String> segments) {
		String first = segments.get(0);
		return switch (first) {
			case "actuator" -> segments.size() >= 2 && segments.get(1).equals("health");
			case "v3" ->
				segments.size() == 2 && (segments.get(1).equals("api-docs") || segments.get(1).equals("api-docs.yaml"));
			case "swagger-ui.html" -> segments.size() == 1;
			case "swagger-ui", "webjars", "login" -> true;
			default -> false;
		};
	}

}
