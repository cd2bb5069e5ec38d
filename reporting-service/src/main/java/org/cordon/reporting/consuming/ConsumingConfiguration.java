package org.cordon.reporting.consuming;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import org.cordon.platform.kafka.Topics;

/**
 * The dead-letter producer, the metrics, the error handler of the listener container and
 * how it commits offsets.
 */
@Configuration(proxyBeanMethods = false)
class ConsumingConfiguration {

	@Bean(destroyMethod = "close")
	DeadLetters deadLetters(KafkaProperties kafka, Topics topics, Clock clock) {
		Map<String, Object> config = kafka.buildProducerProperties();
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "reporting-dead-letters");
		return new DeadLetters(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()), topics,
				kafka.getConsumer().getGroupId(), clock);
	}

	@Bean
	ConsumingMetrics consumingMetrics(ObjectProvider<MeterRegistry> meters) {
		return new ConsumingMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * Retries a failed batch without end: the listener only lets failures through when a
	 * dependency is away (it dead-letters a record at fault itself), and skipping a batch
	 * then would lose its counts. The back-off keeps the consumer in its group meanwhile.
	 * @return the error handler the listener container factory picks up
	 */
	@Bean
	CommonErrorHandler retryBatchesUntilDependenciesAreBack() {
		ExponentialBackOff backOff = new ExponentialBackOff(250, 2.0);
		backOff.setMaxInterval(10_000);
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		backOff.setMaxAttempts(Long.MAX_VALUE);
		return new DefaultErrorHandler(backOff);
	}

	/**
	 * Commits consumed offsets to Kafka without waiting for the broker. The position that
	 * counts is the one stored with the views; the committed offset is only a hint for
	 * lag monitoring. A synchronous commit after every batch held the listener thread for
	 * about as long as applying the batch, and every event behind it waited (ADR 24).
	 * @return the customizer the listener container factory picks up
	 */
	@Bean
	ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitWithoutWaiting() {
		return (container) -> container.getContainerProperties().setSyncCommits(false);
	}

}
