package org.cordon.testsupport;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import kafka.server.BrokerServer;
import org.apache.kafka.metadata.BrokerState;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single in-JVM KRaft broker that a test can take down and bring back while the system
 * under test keeps running, to prove that producers and consumers survive a broker
 * outage.
 * <p>
 * While stopped, the broker's port refuses connections, exactly like a crashed broker.
 * Restarting brings the same broker back on the same port with its log data intact, so
 * clients reconnect with the bootstrap servers they were given and find every record
 * written before the outage.
 * <p>
 * How: spring-kafka-test's {@link EmbeddedKafkaKraftBroker} runs a combined controller
 * and broker from Kafka's {@code KafkaClusterTestKit}. Only the broker part is stopped
 * ({@link BrokerServer#shutdown()}); the controller and the metadata log keep running, so
 * {@link BrokerServer#startup()} later starts the same broker again on the same
 * configuration and log directories. The test kit's socket factory rebinds the port the
 * broker had before, which is why no fixed port is needed (and
 * {@code EmbeddedKafkaKraftBroker.kafkaPorts(...)} is ignored for KRaft anyway).
 */
public final class RestartableKafkaBroker implements KafkaEndpoint, AutoCloseable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private final EmbeddedKafkaKraftBroker embedded;

	private final String bootstrapServers;

	private RestartableKafkaBroker(EmbeddedKafkaKraftBroker embedded) {
		this.embedded = embedded;
		this.bootstrapServers = embedded.getBrokersAsString();
	}

	/**
	 * Start a broker with one partition per new topic.
	 * @return the running broker
	 */
	public static RestartableKafkaBroker start() {
		EmbeddedKafkaKraftBroker embedded = SingleBrokerKafka.create("restartable", 1, Map.of());
		embedded.afterPropertiesSet();
		return new RestartableKafkaBroker(embedded);
	}

	/**
	 * Return the bootstrap servers, which stay the same across restarts.
	 * @return the broker address
	 */
	@Override
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * Shut the broker down (a controlled shutdown) and wait until it is down: from then
	 * on clients get connection refused. Does nothing when already stopped.
	 */
	public synchronized void stopBroker() {
		for (BrokerServer broker : brokers()) {
			broker.shutdown();
			broker.awaitShutdown();
		}
	}

	/**
	 * Start the stopped broker again on the same port with its data, and wait until it
	 * serves clients. Does nothing when already running.
	 */
	public synchronized void startBroker() {
		for (BrokerServer broker : brokers()) {
			broker.startup();
		}
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (!isBrokerRunning()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Kafka broker not running within " + STARTUP_TIMEOUT);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the Kafka broker", ex);
			}
		}
	}

	/**
	 * Return whether the broker serves clients.
	 * @return {@code true} when the broker is in state {@code RUNNING}
	 */
	public boolean isBrokerRunning() {
		return brokers().stream().allMatch((broker) -> broker.brokerState() == BrokerState.RUNNING);
	}

	/**
	 * Shut down broker and controller and delete the data.
	 */
	@Override
	public void close() {
		this.embedded.destroy();
	}

	private Collection<BrokerServer> brokers() {
		return this.embedded.getCluster().brokers().values();
	}

}
