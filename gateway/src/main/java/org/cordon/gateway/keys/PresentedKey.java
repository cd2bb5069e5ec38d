package org.cordon.gateway.keys;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A key as a client presented it, before the gateway looked it up.
 */
class PresentedKey extends AbstractAuthenticationToken {

	private final String secret;

	PresentedKey(String secret) {
		super(List.of());
		this.secret = secret;
	}

	String secret() {
		return this.secret;
	}

	@Override
	public Object getCredentials() {
		return this.secret;
	}

	@Override
	public Object getPrincipal() {
		return "API key";
	}

}
