package org.cordon.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemWriter;

/**
 * A service that cannot be reached, or that dropped the connection, is a 503 the client
 * may retry (with {@code Retry-After}), never a 500. Everything else goes on to the
 * platform's problem handler.
 */
class UpstreamFailures implements WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(UpstreamFailures.class);

	private final ProblemWriter problems;

	UpstreamFailures(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		IOException network = networkCause(failure);
		if (route == null || network == null) {
			return Mono.error(failure);
		}
		logger.warn("Route " + route.getId() + " to " + route.getUri() + " failed: " + network);
		return this.problems.write(exchange,
				Problem.of(503, "service-unavailable", "Service unavailable",
						neverReached(network)
								? "The " + route.getId() + " service is unavailable; retry later. Nothing was changed."
								: "The " + route.getId() + " service did not answer; retry later with the same ids,"
										+ " which is safe whether or not it applied the request."));
	}

	private static boolean neverReached(IOException network) {
		return network instanceof ConnectException || network instanceof UnknownHostException;
	}

	private static IOException networkCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException io) {
				return io;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		// ahead of the platform's problem handler (-10)
		return -20;
	}

}
