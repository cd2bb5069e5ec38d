package org.cordon.gateway.access;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemWriter;

/**
 * The 401 and 403 problems of the gateway, and the login form for a person's browser that
 * opened a page without a session.
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

	/**
	 * Sends a browser to the login form, which brings it back to this page afterwards.
	 * @param exchange the page's request
	 * @return the redirect
	 */
	public Mono<Void> toLoginForm(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String page = request.getURI().getRawPath()
				+ ((request.getURI().getRawQuery() != null) ? "?" + request.getURI().getRawQuery() : "");
		return redirect(exchange, HttpStatus.FOUND,
				"/login?continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
	}

	/**
	 * Back to the login form with the generic failure message: a login form posted
	 * without its CSRF token (e.g. from another site).
	 * @param exchange the request
	 * @return the redirect
	 */
	public Mono<Void> loginFailed(ServerWebExchange exchange) {
		return redirect(exchange, HttpStatus.SEE_OTHER, "/login?error");
	}

	private static Mono<Void> redirect(ServerWebExchange exchange, HttpStatus status, String location) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setLocation(URI.create(location));
		return response.setComplete();
	}

}
