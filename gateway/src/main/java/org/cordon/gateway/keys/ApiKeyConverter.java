package org.cordon.gateway.keys;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the API key from {@code Authorization: Bearer <key>}, or else from
 * {@code X-Api-Key: <key>}. A request with neither goes on without a key (health and the
 * API documentation need none); one whose header holds no key at all is refused.
 */
class ApiKeyConverter implements ServerAuthenticationConverter {

	static final String API_KEY_HEADER = "X-Api-Key";

	private static final String BEARER = "bearer ";

	/** Longer than any key: a huge header is refused before it is hashed. */
	private static final int LONGEST_KEY = 256;

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return presented(authorization.substring(BEARER.length()));
		}
		String apiKey = headers.getFirst(API_KEY_HEADER);
		if (apiKey != null) {
			return presented(apiKey);
		}
		return Mono.empty();
	}

	private static Mono<Authentication> presented(String value) {
		// an empty or absurd key is still an attempt: it must fail, not pass as "no key"
		String key = value.strip();
		return Mono.just(new PresentedKey((key.length() <= LONGEST_KEY) ? key : ""));
	}

}
