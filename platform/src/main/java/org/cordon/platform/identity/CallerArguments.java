package org.cordon.platform.identity;

import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.trace.TraceparentFilter;

/**
 * Lets a handler take the {@link Caller}, or the {@link Provenance} its events will
 * carry, as a parameter.
 */
class CallerArguments implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class || parameter.getParameterType() == Provenance.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		Mono<Caller> caller = exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((principal) -> IdentityToken.toCaller(((JwtAuthenticationToken) principal).getToken()))
			.switchIfEmpty(Mono.error(() -> new ProblemException(
					Problem.of(401, "unauthenticated", "Unauthenticated", "No identity vouched for by the gateway."))));
		if (parameter.getParameterType() == Caller.class) {
			return caller.map(Object.class::cast);
		}
		return caller.map((c) -> new Provenance(c.actor(), exchange.getAttribute(TraceparentFilter.ATTRIBUTE)));
	}

}
