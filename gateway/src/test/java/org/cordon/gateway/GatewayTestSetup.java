package org.cordon.gateway;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.cordon.testsupport.IdentityTokens;

/**
 * Gives the gateway under test the test JVM's signing key (services under test trust its
 * public half) and routes checkpoint and reporting paths to the {@link Upstream}, the
 * other services to ports where nothing listens.
 */
public class GatewayTestSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("gatewayTestSetup",
					Map.of("cordon.identity.private-key", IdentityTokens.privateKeyPem(),
							"cordon.gateway.services.checkpoint", Upstream.url(), "cordon.gateway.services.reporting",
							Upstream.url(), "cordon.gateway.services.quarantine", Upstream.nowhere(),
							"cordon.gateway.services.supply", Upstream.nowhere(), "cordon.gateway.services.inspection",
							Upstream.nowhere())));
	}

}
