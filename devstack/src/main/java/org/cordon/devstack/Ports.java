package org.cordon.devstack;

import java.util.Map;

/**
 * The ports of the embedded default (ARCHITECTURE.md), each overridable by an environment
 * variable such as {@code CORDON_GATEWAY_PORT}.
 */
public record Ports(int gateway, int checkpoint, int reporting, int kafka, int kafkaController, int postgres) {

	public static Ports fromEnvironment(Map<String, String> environment) {
		return new Ports(port(environment, "GATEWAY", 8080), port(environment, "CHECKPOINT", 8081),
				port(environment, "REPORTING", 8085), port(environment, "KAFKA", 9092),
				port(environment, "KAFKA_CONTROLLER", 9093), port(environment, "POSTGRES", 5432));
	}

	private static int port(Map<String, String> environment, String name, int fallback) {
		String value = environment.get("CORDON_" + name + "_PORT");
		return (value != null && !value.isBlank()) ? Integer.parseInt(value.trim()) : fallback;
	}

}
