package org.cordon.platform.trace;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a trace context, continued from the caller's when it sent one, and
 * answers it so a client can quote it.
 */
public class TraceparentFilter implements WebFilter, Ordered {

	public static final String HEADER = "traceparent";

	public static final String ATTRIBUTE = TraceparentFilter.class.getName() + ".traceparent";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String traceparent = Traceparent.continueOrStart(exchange.getRequest().getHeaders().getFirst(HEADER));
		exchange.getAttributes().put(ATTRIBUTE, traceparent);
		exchange.getResponse().getHeaders().set(HEADER, traceparent);
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
