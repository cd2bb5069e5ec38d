package org.cordon.platform.outbox;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.platform.database.UnpooledConnections;
import org.cordon.platform.kafka.Topics;
import org.cordon.platform.kafka.TopicsConfiguration;

/**
 * The outbox of a write service and its relay to Kafka; a service that publishes nothing
 * (reporting) sets {@code cordon.outbox.enabled=false}.
 */
@AutoConfiguration(after = TopicsConfiguration.class)
@ConditionalOnProperty(name = "cordon.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

	@Bean
	Outbox outbox(DatabaseClient database, @Value("${spring.application.name}") String serviceName, Clock clock,
			OutboxRelay relay) {
		return new Outbox(database, "/cordon/" + serviceName, clock, relay::announce);
	}

	@Bean(destroyMethod = "close")
	KafkaOutboxPublisher outboxPublisher(KafkaProperties kafka, OutboxProperties outbox, Topics topics) {
		return new KafkaOutboxPublisher(outboxProducer(kafka, outbox), topics);
	}

	static Producer<String, byte[]> outboxProducer(KafkaProperties kafka, OutboxProperties outbox) {
		Map<String, Object> config = kafka.buildProducerProperties();
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
		int deliveryTimeout = (int) Math.min(Integer.MAX_VALUE, outbox.deliveryTimeout().toMillis());
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
		// Kafka requires delivery.timeout >= linger + request.timeout
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, deliveryTimeout / 2));
		// waiting for metadata happens before anything is sent: giving up there is safe
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
		return new KafkaProducer<>(config);
	}

	@Bean
	OutboxRelay outboxRelay(DatabaseClient database, TransactionalOperator transactions, KafkaOutboxPublisher publisher,
			OutboxProperties properties, ObjectProvider<MeterRegistry> meters, R2dbcProperties r2dbc) {
		return new OutboxRelay(database, transactions, publisher, properties,
				new OutboxMetrics(meters.getIfAvailable()), UnpooledConnections.to(r2dbc));
	}

}
