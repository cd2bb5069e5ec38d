package org.cordon.gateway.keys;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;

import org.cordon.gateway.access.CallerAuthentication;

/**
 * Turns a presented key into the caller it belongs to, or refuses it.
 */
class ApiKeyAuthentication implements ReactiveAuthenticationManager {

	private final KeyLookup lookup;

	ApiKeyAuthentication(KeyLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof PresentedKey presented)) {
			return Mono.empty();
		}
		if (presented.secret().isEmpty()) {
			return Mono.error(() -> new BadCredentialsException("empty API key"));
		}
		return this.lookup.find(presented.secret())
			.<Authentication>map((key) -> new CallerAuthentication(key.identity()))
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown or revoked API key")));
	}

}
