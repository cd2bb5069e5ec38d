package org.cordon.testsupport;

/**
 * Where a running Kafka cluster can be reached, whatever started it (an external cluster,
 * a container or an in-JVM broker).
 */
@FunctionalInterface
public interface KafkaEndpoint {

	/**
	 * Return the bootstrap servers.
	 * @return a comma-separated {@code host:port} list for {@code bootstrap.servers}
	 */
	String bootstrapServers();

}
