package org.cordon.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of the embedded default and how each is wired to the others. The gateway
 * comes last: it is the only public entry and the last to stop.
 */
final class Services {

	private Services() {
	}

	static List<Service> all(Ports ports, IdentityKeys keys, QuarantineKeys quarantineKeys) {
		Map<String, Object> verifies = Map.of("cordon.identity.public-key", keys.publicKeyPem());
		Map<String, Object> quarantine = new LinkedHashMap<>(verifies);
		quarantine.putAll(quarantineKeys.properties());
		Map<String, Object> gateway = new LinkedHashMap<>();
		gateway.put("cordon.identity.private-key", keys.privateKeyPem());
		gateway.put("cordon.gateway.dev-keys", true);
		gateway.put("cordon.gateway.dev-users", true);
		gateway.put("cordon.gateway.services.checkpoint", local(ports.checkpoint()));
		gateway.put("cordon.gateway.services.quarantine", local(ports.quarantine()));
		gateway.put("cordon.gateway.services.supply", local(ports.supply()));
		gateway.put("cordon.gateway.services.inspection", local(ports.inspection()));
		gateway.put("cordon.gateway.services.reporting", local(ports.reporting()));
		return List.of(new Service("checkpoint-service", ports.checkpoint(), "checkpoint", verifies),
				new Service("quarantine-service", ports.quarantine(), "quarantine", quarantine),
				new Service("supply-service", ports.supply(), "supply", verifies),
				new Service("inspection-service", ports.inspection(), "inspection", verifies),
				// a rebuild holds a poll of 8,000 records per topic, the next one read
				// ahead and
				// its claimed event ids: at 512 MB its collector took a third of its CPU
				// (ADR 23)
				new Service("reporting-service", ports.reporting(), "reporting", verifies, "1536m"),
				new Service("gateway", ports.gateway(), "gateway", gateway));
	}

	static List<String> names() {
		return List.of("checkpoint-service", "quarantine-service", "supply-service", "inspection-service",
				"reporting-service", "gateway");
	}

	private static String local(int port) {
		return "http://127.0.0.1:" + port;
	}

}
