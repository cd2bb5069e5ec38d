package org.cordon.testsupport;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The configuration every in-JVM broker of this module shares.
 */
final class SingleBrokerKafka {

	private SingleBrokerKafka() {
	}

	/**
	 * Create (not start) a combined controller and broker.
	 * <p>
	 * Internal topics default to a replication factor of three, which a single broker can
	 * never satisfy: transactions and share groups would then fail only at runtime. The
	 * broker address is published under a property of this module's own instead of
	 * {@code spring.kafka.bootstrap-servers}, so that creating a broker never changes the
	 * configuration of an unrelated application context in the same JVM.
	 * @param name what the broker is for, naming the system property
	 * {@code cordon.test.kafka.<name>.bootstrap-servers} that receives its address
	 * @param partitions the default partition count of new topics
	 * @param properties further broker properties
	 * @return the broker, to be started with {@code afterPropertiesSet()}
	 */
	/**
	 * How far in the future a record's timestamp may lie. Tests move the services' clocks
	 * to other days and the outbox publishes each event with its time as the record's
	 * timestamp; Kafka 4 refuses one more than an hour ahead of the broker by default,
	 * and the relay then retries it for ever. Such a test passed only at the hours of the
	 * day its moved clock happened to stay within the hour.
	 */
	static final String TIMESTAMPS_AHEAD = "log.message.timestamp.after.max.ms";

	static EmbeddedKafkaKraftBroker create(String name, int partitions, Map<String, String> properties) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions, new String[0]);
		broker.brokerListProperty("cordon.test.kafka." + name + ".bootstrap-servers");
		broker.brokerProperties(
				Map.of("offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
						"transaction.state.log.min.isr", "1", "share.coordinator.state.topic.replication.factor", "1",
						"share.coordinator.state.topic.min.isr", "1", TIMESTAMPS_AHEAD, Long.toString(Long.MAX_VALUE)));
		broker.brokerProperties(properties);
		return broker;
	}

}
