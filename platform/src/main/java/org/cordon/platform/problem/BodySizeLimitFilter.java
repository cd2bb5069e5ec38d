package org.cordon.platform.problem;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body announced as larger than the limit before reading any of it; bodies
 * without a length are bounded by the codecs' in-memory limit, which answers the same
 * 413.
 */
public class BodySizeLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final ProblemWriter writer;

	public BodySizeLimitFilter(long maxBytes, ProblemWriter writer) {
		this.maxBytes = maxBytes;
		this.writer = writer;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length > this.maxBytes) {
			return this.writer.write(exchange,
					ProblemMapping.toProblem(new org.springframework.web.server.ContentTooLargeException(null)));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
