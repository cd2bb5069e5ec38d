package org.cordon.gateway.access.domain;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cordon.platform.rules.Role;

/**
 * What a request needs from its caller.
 */
public sealed interface Requirement {

	/**
	 * Decides for one caller.
	 * @param caller the authenticated caller, or null when the request carried no key
	 * @return the gateway's answer
	 */
	Access check(Identity caller);

	/**
	 * Anyone, without a key: health for probes, the API documentation.
	 */
	record Open() implements Requirement {

		@Override
		public Access check(Identity caller) {
			return Access.granted();
		}

	}

	/**
	 * One of the roles, e.g. viewer, auditor or admin to read a view.
	 *
	 * @param anyOf the roles that may
	 */
	record AnyRole(Set<Role> anyOf) implements Requirement {

		public AnyRole {
			anyOf = Set.copyOf(anyOf);
		}

		@Override
		public Access check(Identity caller) {
			if (caller == null) {
				return Access.unauthenticated();
			}
			if (caller.hasAnyOf(this.anyOf)) {
				return Access.granted();
			}
			return Access.forbidden("This needs the role " + names(this.anyOf) + ".");
		}

	}

	/**
	 * A post for one checkpoint: a checkpoint key whose scope covers it, or an admin.
	 *
	 * @param checkpointId the id as written in the path
	 */
	record CheckpointPost(String checkpointId) implements Requirement {

		@Override
		public Access check(Identity caller) {
			if (caller == null) {
				return Access.unauthenticated();
			}
			if (caller.roles().contains(Role.ADMIN)) {
				return Access.granted();
			}
			if (!caller.roles().contains(Role.CHECKPOINT)) {
				return Access.forbidden("This needs the role checkpoint or admin.");
			}
			if (caller.covers(canonical(this.checkpointId))) {
				return Access.granted();
			}
			return Access.forbidden("This key may not post for checkpoint " + this.checkpointId + ".");
		}

		/**
		 * The id as the service will read it: services parse the path with
		 * {@link UUID#fromString}, so the scope is compared with what that yields, not
		 * with the letters the client chose.
		 */
		private static String canonical(String id) {
			try {
				return UUID.fromString(id).toString();
			}
			catch (IllegalArgumentException ex) {
				// not a checkpoint id at all; only "*" covers it, and the service answers
				// 400
				return "";
			}
		}

	}

	private static String names(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map(Role::wireName)
			.collect(Collectors.joining(", "))
			.replaceFirst(", ([a-z]+)$", " or $1");
	}

}
