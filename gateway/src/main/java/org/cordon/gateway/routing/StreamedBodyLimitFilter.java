package org.cordon.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts the bytes of a body sent without {@code Content-Length} (chunked) while it
 * streams through, and fails it as soon as it passes the limit, which the client gets as
 * a 413. A body with a length over the limit is refused before it is read by the
 * platform's {@code BodySizeLimitFilter}; one within it cannot grow past it.
 */
class StreamedBodyLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	StreamedBodyLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getContentLength() >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new Counted(request, this.maxBytes)).build());
	}

	@Override
	public int getOrder() {
		// right after the platform's length check and trace context
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	private static final class Counted extends ServerHttpRequestDecorator {

		private final long maxBytes;

		Counted(ServerHttpRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong seen = new AtomicLong();
				return super.getBody().map((buffer) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
						DataBufferUtils.release(buffer);
						throw new DataBufferLimitException("The request body is over " + this.maxBytes + " bytes.");
					}
					return buffer;
				});
			});
		}

	}

}
