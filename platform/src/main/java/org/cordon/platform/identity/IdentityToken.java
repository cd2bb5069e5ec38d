package org.cordon.platform.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import org.cordon.platform.rules.Role;

/**
 * The gateway's signed statement of who is calling: where it travels and what it claims.
 */
public final class IdentityToken {

	/** The request header the gateway puts the token in; it strips any a client sends. */
	public static final String HEADER = "X-Cordon-Identity";

	public static final String ISSUER = "cordon-gateway";

	public static final String AUDIENCE = "cordon-services";

	public static final String CLAIM_NAME = "name";

	public static final String CLAIM_ROLES = "roles";

	public static final String CLAIM_CHECKPOINTS = "checkpoints";

	private IdentityToken() {
	}

	public static Caller toCaller(Jwt jwt) {
		Set<Role> roles = new HashSet<>();
		for (String name : strings(jwt.getClaimAsStringList(CLAIM_ROLES))) {
			Role.fromWireName(name).ifPresent(roles::add);
		}
		String name = jwt.getClaimAsString(CLAIM_NAME);
		return new Caller(jwt.getSubject(), (name != null) ? name : jwt.getSubject(), roles,
				new HashSet<>(strings(jwt.getClaimAsStringList(CLAIM_CHECKPOINTS))));
	}

	private static Collection<String> strings(List<String> values) {
		return (values != null) ? values : List.of();
	}

}
