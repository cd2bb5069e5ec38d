package org.cordon.gateway.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/**
 * How the security chain reads and checks API keys.
 */
@Configuration(proxyBeanMethods = false)
class KeyAuthenticationConfiguration {

	@Bean
	ServerAuthenticationConverter apiKeyConverter() {
		return new ApiKeyConverter();
	}

	@Bean
	ReactiveAuthenticationManager apiKeyAuthentication(KeyLookup lookup) {
		return new ApiKeyAuthentication(lookup);
	}

}
