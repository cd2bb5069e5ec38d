package org.cordon.devstack.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the benchmark asks the broker, with an Admin client: how many records the event
 * topics hold, and how far a consumer group has read them.
 */
final class EventTopics implements AutoCloseable {

	/** Every context's topic: the history. */
	static final List<String> EVENTS = List.of("checkpoint.events", "quarantine.events", "supply.events",
			"inspection.events");

	private final Admin admin;

	EventTopics(String bootstrap) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	/**
	 * @return records per topic (end minus start offsets: the topics are neither
	 * compacted nor written in transactions)
	 */
	Map<String, Long> records() {
		Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());
		Map<TopicPartition, Long> starts = offsets(OffsetSpec.earliest());
		Map<String, Long> records = new HashMap<>();
		ends.forEach((partition, end) -> records.merge(partition.topic(), end - starts.get(partition), Long::sum));
		return records;
	}

	/**
	 * @param group a consumer group
	 * @return records of the event topics the group has not committed yet
	 */
	long lag(String group) {
		Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());
		Map<TopicPartition, OffsetAndMetadata> committed = get(
				this.admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
		long lag = 0;
		for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
			OffsetAndMetadata position = committed.get(end.getKey());
			lag += end.getValue() - ((position != null) ? position.offset() : 0);
		}
		return lag;
	}

	void deleteGroup(String group) {
		get(this.admin.deleteConsumerGroups(List.of(group)).all());
	}

	private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
		Map<String, TopicDescription> topics = get(this.admin.describeTopics(EVENTS).allTopicNames());
		Map<TopicPartition, OffsetSpec> request = topics.values()
			.stream()
			.flatMap((topic) -> topic.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
			.collect(Collectors.toMap((partition) -> partition, (partition) -> spec));
		return get(this.admin.listOffsets(request).all()).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
		try {
			return future.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
