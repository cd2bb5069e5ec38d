package org.cordon.gateway.access;

import org.springframework.http.HttpHeaders;

/**
 * Whether a request carries an API key: {@code Authorization: Bearer ...} or
 * {@code X-Api-Key}. Such a request is a machine's, authenticated by its key alone: a
 * session cookie beside it is ignored and it needs no CSRF token, for a browser cannot be
 * made to send these headers to another site.
 */
public final class KeyHeaders {

	public static final String API_KEY = "X-Api-Key";

	private static final String BEARER = "bearer ";

	private KeyHeaders() {
	}

	public static boolean present(HttpHeaders headers) {
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		return (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()))
				|| headers.containsHeader(API_KEY);
	}

}
