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
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import org.cordon.gateway.login.SessionAuthentication;
import org.cordon.gateway.login.SessionCookies;
import org.cordon.gateway.ratelimit.RateLimitFilter;
import org.cordon.gateway.ratelimit.domain.KeyRateLimits;
import org.cordon.platform.problem.ProblemWriter;

/**
 * One chain for every request: check the CSRF token of a browser's write, read and check
 * the API key or else the session cookie, let the access table decide, count the request
 * against the caller's rate limit. A key request carries everything it needs; a browser
 * carries its session cookie, which the gateway looks up in its database (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	Refusals refusals(ProblemWriter problems) {
		return new Refusals(problems);
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ServerAuthenticationConverter apiKeyConverter,
			ReactiveAuthenticationManager apiKeyAuthentication, SessionAuthentication sessions, SessionCookies cookies,
			Refusals refusals, KeyRateLimits rateLimits, ProblemWriter problems) {
		AuthenticationWebFilter keys = new AuthenticationWebFilter(apiKeyAuthentication);
		keys.setServerAuthenticationConverter(apiKeyConverter);
		keys.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		keys.setAuthenticationFailureHandler((filterExchange, failure) -> refusals
			.unauthenticated(filterExchange.getExchange(), "The API key is unknown or revoked."));
		CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookieCustomizer(cookies::customizeCsrfCookie);
		return http
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new CsrfTokenHandling())
				.requireCsrfProtectionMatcher(new BrowserWrites())
				.accessDeniedHandler(new CsrfRefusal(refusals)))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
			.addFilterAt(keys, SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAt(sessions.webFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAt(new AccessFilter(refusals), SecurityWebFiltersOrder.AUTHORIZATION)
			.addFilterAfter(new RateLimitFilter(rateLimits, problems), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

}
