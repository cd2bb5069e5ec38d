package org.cordon.gateway.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signer of identities, from {@code cordon.identity.private-key} (PKCS#8 PEM; the
 * services hold the public half in {@code cordon.identity.public-key}).
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	IdentityMinter identityMinter(@Value("${cordon.identity.private-key:}") String privateKeyPem, Clock clock,
			@Value("${cordon.identity.token-lifetime:60s}") Duration lifetime,
			@Value("${cordon.identity.token-reuse:10s}") Duration reuse) {
		return new IdentityMinter(PrivateKeys.rsaFromPem(privateKeyPem), clock, lifetime, reuse);
	}

	@Bean
	IdentityRelayFilter identityRelayFilter(IdentityMinter identityMinter) {
		return new IdentityRelayFilter(identityMinter);
	}

}
