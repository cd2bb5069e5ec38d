package org.cordon.gateway.access;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.cordon.gateway.access.domain.Access;
import org.cordon.gateway.access.domain.AccessRules;
import org.cordon.gateway.access.domain.Identity;
import org.cordon.gateway.access.domain.Navigation;

/**
 * Lets a request on only when {@link AccessRules} grant it to its caller.
 * <p>
 * The rules see the path as sent, still encoded: a path that only decodes to a known one
 * ({@code /api/%76iews}) is unknown to them and so needs admin, which fails closed.
 * <p>
 * Without credentials, a browser opening a page is sent to the login form; everything
 * else, the API above all, gets the 401 a program can act on.
 */
class AccessFilter implements WebFilter {

	private final Refusals refusals;

	AccessFilter(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return caller().flatMap((caller) -> {
			ServerHttpRequest request = exchange.getRequest();
			String method = request.getMethod().name();
			String path = request.getPath().pathWithinApplication().value();
			Access access = AccessRules.decide(method, path, caller.orElse(null));
			return switch (access.verdict()) {
				case GRANTED -> chain.filter(exchange);
				case UNAUTHENTICATED ->
					Navigation.isPage(method, path, request.getHeaders().getFirst(HttpHeaders.ACCEPT))
							? this.refusals.toLoginForm(exchange)
							: this.refusals.unauthenticated(exchange, access.reason());
				case FORBIDDEN -> this.refusals.forbidden(exchange, access.reason());
			};
		});
	}

	private static Mono<Optional<Identity>> caller() {
		return CallerAuthentication.current().map(Optional::of).defaultIfEmpty(Optional.empty());
	}

}
