package org.cordon.platform.identity;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies each identity token once. The gateway sends the same token to a busy caller's
 * requests for a few seconds (its minter reuses a token), so checking its RSA signature
 * and parsing its claims again on every request was repeated work. A token seen before —
 * the very same string, signature included — is answered from memory after its claims are
 * validated again, so it expires exactly when it would have.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

	static final int MOST_REMEMBERED = 1_000;

	private final ReactiveJwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Clock clock;

	private final Map<String, Jwt> remembered = new ConcurrentHashMap<>();

	/**
	 * @param decoder verifies and validates a token not seen before
	 * @param validator the checks the decoder makes after verifying, made again on a
	 * token from memory
	 * @param clock when tokens expire
	 */
	RememberedTokens(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Clock clock) {
		this.decoder = decoder;
		this.validator = validator;
		this.clock = clock;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.remembered.get(token);
		if (known != null) {
			if (!this.validator.validate(known).hasErrors()) {
				return Mono.just(known);
			}
			// no longer valid: the decoder refuses it in its usual way
			this.remembered.remove(token);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> remember(token, jwt));
	}

	private void remember(String token, Jwt jwt) {
		if (this.remembered.size() >= MOST_REMEMBERED) {
			this.remembered.values()
				.removeIf((old) -> old.getExpiresAt() == null || !old.getExpiresAt().isAfter(this.clock.instant()));
		}
		// beyond the bound, tokens are verified every time rather than filling the memory
		if (this.remembered.size() < MOST_REMEMBERED) {
			this.remembered.put(token, jwt);
		}
	}

	int size() {
		return this.remembered.size();
	}

}
