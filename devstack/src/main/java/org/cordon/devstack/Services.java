package org.cordon.devstack;

import java.util.List;
import java.util.Map;

/**
 * The services of the embedded default and how each is wired to the others. The gateway
 * comes last: it is the only public entry and the last to stop.
 */
final class Services {

	private Services() {
	}

	static List<Service> all(Ports ports, IdentityKeys keys) {
		Map<String, Object> verifies = Map.of("cordon.identity.public-key", keys.publicKeyPem());
		return List.of(new Service("checkpoint-service", ports.checkpoint(), "checkpoint", verifies),
				new Service("reporting-service", ports.reporting(), "reporting", verifies),
				new Service("gateway", ports.gateway(), "gateway",
						Map.of("cordon.identity.private-key", keys.privateKeyPem(), "cordon.gateway.dev-keys", true,
								"cordon.gateway.services.checkpoint", "http://127.0.0.1:" + ports.checkpoint(),
								"cordon.gateway.services.reporting", "http://127.0.0.1:" + ports.reporting())));
	}

	static List<String> names() {
		return List.of("checkpoint-service", "reporting-service", "gateway");
	}

}
