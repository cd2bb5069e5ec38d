package org.cordon.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads everything a topic holds right now, from the first offset to the end, without a
 * consumer group: what a test checks after the fact.
 */
public final class TopicRecords {

	private TopicRecords() {
	}

	/**
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @return every record, partition by partition in offset order; empty when the topic
	 * does not exist yet
	 */
	public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return List.of();
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((p) -> new TopicPartition(topic, p.partition()))
				.sorted(Comparator.comparingInt(TopicPartition::partition))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(10));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (assigned.stream().anyMatch((p) -> consumer.position(p) < ends.get(p))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + topic + " to its end within 30 s");
				}
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			records.sort(Comparator.comparingInt(ConsumerRecord<String, byte[]>::partition)
				.thenComparingLong(ConsumerRecord::offset));
			return records;
		}
	}

	/**
	 * The records of one key, in the order the broker holds them (one partition).
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param key the record key
	 * @return the key's records
	 */
	public static List<ConsumerRecord<String, byte[]>> readKey(String bootstrapServers, String topic, String key) {
		return readAll(bootstrapServers, topic).stream().filter((r) -> key.equals(r.key())).toList();
	}

	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	public static String value(ConsumerRecord<String, byte[]> record) {
		return new String(record.value(), StandardCharsets.UTF_8);
	}

}
