package org.cordon.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Spring Boot service of the stack: its module, port, database and the properties it
 * is started with.
 *
 * @param module the Maven module, also the process name
 * @param port its HTTP port
 * @param database its own database, or null
 * @param properties further Spring properties
 * @param heap its heap, as {@code -Xms} and {@code -Xmx} take it
 */
record Service(String module, int port, String database, Map<String, Object> properties, String heap) {

	/** What a service of the embedded default gets, unless it needs more. */
	static final String DEFAULT_HEAP = "512m";

	Service(String module, int port, String database, Map<String, Object> properties) {
		this(module, port, database, properties, DEFAULT_HEAP);
	}

	/**
	 * Everything the service needs to start in the embedded default.
	 * @param postgresHost where PostgreSQL listens
	 * @param postgresPort its port
	 * @param kafkaBootstrap the broker
	 * @return Spring properties
	 */
	Map<String, Object> springProperties(String postgresHost, int postgresPort, String kafkaBootstrap) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("server.port", this.port);
		all.put("spring.kafka.bootstrap-servers", kafkaBootstrap);
		if (this.database != null) {
			String address = postgresHost + ":" + postgresPort + "/" + this.database;
			all.put("spring.r2dbc.url", "r2dbc:postgresql://" + address);
			all.put("spring.r2dbc.username", "postgres");
			all.put("spring.r2dbc.password", "");
			all.put("spring.flyway.url", "jdbc:postgresql://" + address);
			all.put("spring.flyway.user", "postgres");
			all.put("spring.flyway.password", "");
		}
		all.putAll(this.properties);
		return all;
	}

}
