package org.cordon.platform.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Answers every failure that reaches the web layer as problem+json, before Spring Boot's
 * own error page could answer in another format.
 */
public class ProblemExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(ProblemExceptionHandler.class);

	private final ProblemWriter writer;

	public ProblemExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		Problem problem = ProblemMapping.toProblem(failure);
		if (problem.status() >= 500) {
			// the path only: query strings and bodies may hold what a log must not
			logger.error("Request to " + exchange.getRequest().getPath() + " failed with " + problem.status(), failure);
		}
		return this.writer.write(exchange, problem);
	}

	@Override
	public int getOrder() {
		// ahead of Spring Boot's ErrorWebExceptionHandler (-1) and the default handlers
		// (0)
		return -10;
	}

}
