package org.cordon.gateway.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.gateway.login.SessionCookies;

/**
 * The requests that must carry a CSRF token: a write (POST, PUT, PATCH, DELETE) that a
 * browser's cookie would authenticate, and the login and logout forms themselves (so no
 * other site can log a person in or out). A request with a key needs none, and neither
 * does one without any credentials: it is refused as unauthenticated (401) instead.
 */
class BrowserWrites implements ServerWebExchangeMatcher {

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return needsToken(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
	}

	static boolean needsToken(ServerHttpRequest request) {
		if (SAFE.contains(request.getMethod()) || KeyHeaders.present(request.getHeaders())) {
			return false;
		}
		return isForm(request, "login") || isForm(request, "logout") || SessionCookies.session(request).isPresent();
	}

	/**
	 * Whether a request is for {@code /login} or {@code /logout}.
	 * @param request the request
	 * @param form {@code login} or {@code logout}
	 * @return true for that path, ignoring empty segments as the access table does
	 */
	static boolean isForm(ServerHttpRequest request, String form) {
		List<String> segments = Arrays.stream(request.getPath().pathWithinApplication().value().split("/"))
			.filter((segment) -> !segment.isEmpty())
			.toList();
		return segments.equals(List.of(form));
	}

}
