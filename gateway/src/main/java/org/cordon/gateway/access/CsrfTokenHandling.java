package org.cordon.gateway.access;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the CSRF token the way each kind of client sends it. A form (the login page)
 * carries the token masked afresh on every page (Spring's XOR handler, which keeps the
 * token out of reach of compression attacks); a page's script sends the
 * {@code XSRF-TOKEN} cookie's value as it is in the {@code X-XSRF-TOKEN} header, as
 * {@code fetch} code usually does.
 */
class CsrfTokenHandling implements ServerCsrfTokenRequestHandler {

	private final XorServerCsrfTokenRequestAttributeHandler forms = new XorServerCsrfTokenRequestAttributeHandler();

	private final ServerCsrfTokenRequestAttributeHandler headers = new ServerCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
		this.forms.handle(exchange, csrfToken);
	}

	@Override
	public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
		if (exchange.getRequest().getHeaders().containsHeader(csrfToken.getHeaderName())) {
			return this.headers.resolveCsrfTokenValue(exchange, csrfToken);
		}
		return this.forms.resolveCsrfTokenValue(exchange, csrfToken);
	}

}
