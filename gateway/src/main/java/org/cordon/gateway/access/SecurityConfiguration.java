package org.cordon.gateway.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import org.cordon.gateway.ratelimit.RateLimitFilter;
import org.cordon.gateway.ratelimit.domain.KeyRateLimits;
import org.cordon.platform.problem.ProblemWriter;

/**
 * One chain for every request: read and check the API key, let the access table decide,
 * count the request against the key's rate limit. Nothing is kept between requests: each
 * carries its key.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	Refusals refusals(ProblemWriter problems) {
		return new Refusals(problems);
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ServerAuthenticationConverter apiKeyConverter,
			ReactiveAuthenticationManager apiKeyAuthentication, Refusals refusals, KeyRateLimits rateLimits,
			ProblemWriter problems) {
		AuthenticationWebFilter keys = new AuthenticationWebFilter(apiKeyAuthentication);
		keys.setServerAuthenticationConverter(apiKeyConverter);
		keys.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		keys.setAuthenticationFailureHandler((filterExchange, failure) -> refusals
			.unauthenticated(filterExchange.getExchange(), "The API key is unknown or revoked."));
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.addFilterAt(keys, SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAt(new AccessFilter(refusals), SecurityWebFiltersOrder.AUTHORIZATION)
			.addFilterAfter(new RateLimitFilter(rateLimits, problems), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

}
