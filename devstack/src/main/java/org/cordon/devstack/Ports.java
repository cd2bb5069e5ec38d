package org.cordon.devstack;

import java.util.List;
import java.util.Map;

/**
 * The ports of the embedded default (ARCHITECTURE.md), each overridable by an environment
 * variable such as {@code CORDON_GATEWAY_PORT}.
 */
public record Ports(int gateway, int checkpoint, int quarantine, int supply, int inspection, int reporting, int kafka,
		int kafkaController, int postgres) {

	public static Ports fromEnvironment(Map<String, String> environment) {
		return new Ports(port(environment, "GATEWAY", 8080), port(environment, "CHECKPOINT", 8081),
				port(environment, "QUARANTINE", 8082), port(environment, "SUPPLY", 8083),
				port(environment, "INSPECTION", 8084), port(environment, "REPORTING", 8085),
				port(environment, "KAFKA", 9092), port(environment, "KAFKA_CONTROLLER", 9093),
				port(environment, "POSTGRES", 5432));
	}

	/**
	 * @return the HTTP ports of the services behind the gateway, then the gateway's
	 */
	public List<Integer> services() {
		return List.of(this.checkpoint, this.quarantine, this.supply, this.inspection, this.reporting, this.gateway);
	}

	private static int port(Map<String, String> environment, String name, int fallback) {
		String value = environment.get("CORDON_" + name + "_PORT");
		return (value != null && !value.isBlank()) ? Integer.parseInt(value.trim()) : fallback;
	}

}
