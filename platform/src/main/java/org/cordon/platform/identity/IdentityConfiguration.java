package org.cordon.platform.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemWriter;

/**
 * Every request but health needs a valid identity token signed by the gateway; the
 * handlers then check roles and checkpoint scope on the {@link Caller}.
 */
@AutoConfiguration
@EnableWebFluxSecurity
public class IdentityConfiguration {

	@Bean
	ReactiveJwtDecoder identityTokenDecoder(@Value("${cordon.identity.public-key}") String publicKeyPem) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(PublicKeys.rsaFromPem(publicKeyPem))
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(IdentityToken.ISSUER), new JwtClaimValidator<List<String>>("aud",
						(audience) -> audience != null && audience.contains(IdentityToken.AUDIENCE)));
		decoder.setJwtValidator(validator);
		// the issuer is a name, not a URL: the default conversion to a URL throws and
		// catches an exception on every request before keeping the string
		decoder.setClaimSetConverter(
				MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, (issuer) -> issuer)));
		return new RememberedTokens(decoder, validator, Clock.systemUTC());
	}

	@Bean
	SecurityWebFilterChain identitySecurity(ServerHttpSecurity http, ReactiveJwtDecoder identityTokenDecoder,
			ProblemWriter problems) {
		ServerAuthenticationEntryPoint unauthenticated = (exchange, ex) -> problems.write(exchange, Problem.of(401,
				"unauthenticated", "Unauthenticated", "A valid identity from the gateway is required."));
		ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(exchange,
				Problem.of(403, "forbidden", "Forbidden", "Not allowed for this caller."));
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// the default request cache asks every request for its web session, and the
			// in-memory session store creates one on a worker thread and hands the
			// request on to another: two thread hops and a random id per call, for
			// services that never redirect a browser back to a saved request
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((server) -> server.bearerTokenConverter(new IdentityHeaderConverter())
				.jwt((jwt) -> jwt.jwtDecoder(identityTokenDecoder))
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(denied))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.build();
	}

	@Bean
	WebFluxConfigurer callerArgument() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new CallerArguments());
			}
		};
	}

}
