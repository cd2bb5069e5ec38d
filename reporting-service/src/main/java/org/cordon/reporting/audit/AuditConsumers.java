package org.cordon.reporting.audit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Makes each audit stream a Kafka consumer of its own: the service's connection settings,
 * but no consumer group (partitions are assigned, never subscribed, and no offset is ever
 * committed, so the views' consumer group is untouched), committed records only, and no
 * topic created by asking about it.
 */
@Component
class AuditConsumers {

	private final KafkaProperties kafka;

	private final AuditProperties properties;

	private final AtomicLong opened = new AtomicLong();

	AuditConsumers(KafkaProperties kafka, AuditProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	Consumer<String, byte[]> open() {
		Map<String, Object> config = this.kafka.buildConsumerProperties();
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-audit-" + this.opened.incrementAndGet());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, this.properties.laneRecords());
		// everything a stream reads is in the log already (up to the end offsets it
		// took):
		// a fetch that includes a partition read to its end must not wait there for new
		// records, or every partition's end would stall the stream for the default 500 ms
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
		// every partition is positioned explicitly; this only answers a position lost to
		// retention, which Cordon's unlimited retention never loses
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
	}

}
