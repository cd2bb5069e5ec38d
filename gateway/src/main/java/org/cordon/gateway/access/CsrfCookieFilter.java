package org.cordon.gateway.access;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.cordon.gateway.login.SessionCookies;

/**
 * Makes sure a logged-in browser holds an {@code XSRF-TOKEN} cookie for its page's
 * scripts to send back: Spring writes the cookie only once something asks for the token,
 * and a page served by a service, or a plain {@code fetch}, never would.
 */
class CsrfCookieFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || KeyHeaders.present(exchange.getRequest().getHeaders())
				|| SessionCookies.session(exchange.getRequest()).isEmpty()) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}
