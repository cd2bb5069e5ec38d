package org.cordon.gateway.access;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemWriter;

/**
 * The 401 and 403 problems of the gateway.
 */
public class Refusals {

	private final ProblemWriter problems;

	public Refusals(ProblemWriter problems) {
		this.problems = problems;
	}

	public Mono<Void> unauthenticated(ServerWebExchange exchange, String detail) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cordon\"");
		return this.problems.write(exchange, Problem.of(401, "unauthenticated", "Unauthenticated", detail));
	}

	public Mono<Void> forbidden(ServerWebExchange exchange, String detail) {
		return this.problems.write(exchange, Problem.of(403, "forbidden", "Forbidden", detail));
	}

}
