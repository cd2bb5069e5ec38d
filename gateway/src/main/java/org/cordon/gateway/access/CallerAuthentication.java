package org.cordon.gateway.access;

import java.util.Collection;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

import org.cordon.gateway.access.domain.Identity;

/**
 * An authenticated caller. Its authorities are {@code ROLE_<role>}, so that Spring's own
 * role checks (health details for {@code admin}) read the same roles the access table
 * does.
 */
public class CallerAuthentication extends AbstractAuthenticationToken {

	private final transient Identity identity;

	public CallerAuthentication(Identity identity) {
		super(authorities(identity));
		this.identity = identity;
		setAuthenticated(true);
	}

	/**
	 * The caller of the request being handled.
	 * @return the caller, or empty when the request carried no key
	 */
	public static Mono<Identity> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(CallerAuthentication.class::isInstance)
			.map((authentication) -> ((CallerAuthentication) authentication).identity());
	}

	public Identity identity() {
		return this.identity;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.identity;
	}

	@Override
	public String getName() {
		return this.identity.actorId();
	}

	private static Collection<GrantedAuthority> authorities(Identity identity) {
		return identity.roles()
			.stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role.wireName()))
			.toList();
	}

}
