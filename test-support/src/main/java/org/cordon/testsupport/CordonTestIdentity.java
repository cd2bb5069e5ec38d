package org.cordon.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a service under test trust {@link IdentityTokens}, as it trusts the gateway in
 * production.
 */
public class CordonTestIdentity implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("cordonTestIdentity",
					Map.of("cordon.identity.public-key", IdentityTokens.publicKeyPem())));
	}

}
