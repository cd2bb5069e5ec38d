package org.cordon.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.cordon.gateway.access.CallerAuthentication;
import org.cordon.gateway.ratelimit.domain.KeyRateLimits;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemWriter;

/**
 * Counts every request of an authenticated caller against its own token bucket and
 * answers 429 with {@code Retry-After} when the bucket is empty. Requests without a key
 * (health, documentation) are not counted: they have no key to count against.
 */
public class RateLimitFilter implements WebFilter {

	private final KeyRateLimits limits;

	private final ProblemWriter problems;

	public RateLimitFilter(KeyRateLimits limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// chain.filter is an empty Mono: switchIfEmpty after it would run the chain twice
		return CallerAuthentication.current()
			.map((caller) -> this.limits.tryAcquire(caller.actorId()))
			.defaultIfEmpty(Optional.empty())
			.flatMap((wait) -> wait.map((duration) -> refuse(exchange, duration))
				.orElseGet(() -> chain.filter(exchange)));
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Duration wait) {
		String seconds = Long.toString(KeyRateLimits.retryAfterSeconds(wait));
		// the platform's writer sets a generic Retry-After; this caller's wait is exact
		exchange.getResponse()
			.beforeCommit(() -> Mono
				.fromRunnable(() -> exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds)));
		return this.problems.write(exchange,
				Problem.of(429, "rate-limited", "Too many requests",
						"This caller (key or user) sent more requests than its rate limit allows; retry after "
								+ seconds + " s."));
	}

}
