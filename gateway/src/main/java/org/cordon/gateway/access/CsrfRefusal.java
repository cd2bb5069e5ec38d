package org.cordon.gateway.access;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * A browser's write without a valid CSRF token: a 403 problem saying what to send, or,
 * for the login form, the form again with its generic message (the person reloads it and
 * gets a fresh token).
 */
class CsrfRefusal implements ServerAccessDeniedHandler {

	private static final Log logger = LogFactory.getLog(CsrfRefusal.class);

	private final Refusals refusals;

	CsrfRefusal(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		logger.info("Refused " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
				+ " without a valid CSRF token");
		if (BrowserWrites.isForm(exchange.getRequest(), "login")) {
			return this.refusals.loginFailed(exchange);
		}
		return this.refusals.forbidden(exchange,
				"A write with the session cookie needs the CSRF token: send the XSRF-TOKEN cookie's value in the"
						+ " X-XSRF-TOKEN header (or the form's _csrf field).");
	}

}
