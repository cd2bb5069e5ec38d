package org.cordon.gateway.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.gateway.access.CallerAuthentication;
import org.cordon.gateway.access.domain.Identity;
import org.cordon.gateway.login.SessionCookies;
import org.cordon.platform.identity.IdentityToken;
import org.cordon.platform.trace.TraceparentFilter;

/**
 * On every routed request: drops whatever identity a client wrote itself, the client's
 * key and the gateway's own cookies and CSRF header (only the gateway understands keys
 * and sessions, and a service has no use for a person's session id), and sends the
 * identity the gateway signed for the authenticated caller, with the trace the gateway
 * continued.
 */
class IdentityRelayFilter implements GlobalFilter, Ordered {

	static final String API_KEY_HEADER = "X-Api-Key";

	private final IdentityMinter minter;

	IdentityRelayFilter(IdentityMinter minter) {
		this.minter = minter;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return CallerAuthentication.current()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((caller) -> chain.filter(exchange.mutate().request(relayed(exchange, caller)).build()));
	}

	private ServerHttpRequest relayed(ServerWebExchange exchange, Optional<Identity> caller) {
		String traceparent = exchange.getAttribute(TraceparentFilter.ATTRIBUTE);
		return exchange.getRequest().mutate().headers((headers) -> {
			headers.remove(IdentityToken.HEADER);
			headers.remove(HttpHeaders.AUTHORIZATION);
			headers.remove(API_KEY_HEADER);
			headers.remove(SessionCookies.CSRF_HEADER);
			withoutGatewayCookies(String.join("; ", headers.getOrEmpty(HttpHeaders.COOKIE))).ifPresentOrElse(
					(cookies) -> headers.set(HttpHeaders.COOKIE, cookies), () -> headers.remove(HttpHeaders.COOKIE));
			caller.ifPresent((identity) -> headers.set(IdentityToken.HEADER, this.minter.tokenFor(identity)));
			if (traceparent != null) {
				headers.set(TraceparentFilter.HEADER, traceparent);
			}
		}).build();
	}

	/**
	 * The client's other cookies, without the session and CSRF cookies.
	 * @param cookieHeader the {@code Cookie} headers, joined
	 * @return what is left, or empty when nothing is
	 */
	static Optional<String> withoutGatewayCookies(String cookieHeader) {
		String kept = Arrays.stream(cookieHeader.split(";"))
			.map(String::strip)
			.filter((cookie) -> !cookie.isEmpty() && !cookie.startsWith(SessionCookies.SESSION + "=")
					&& !cookie.startsWith(SessionCookies.CSRF + "="))
			.collect(Collectors.joining("; "));
		return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
	}

	@Override
	public int getOrder() {
		// early among the gateway's filters, long before the request is sent upstream
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
