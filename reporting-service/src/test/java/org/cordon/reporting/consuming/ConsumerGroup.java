package org.cordon.reporting.consuming;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.reporting.CheckpointEventsProducer;

import static org.awaitility.Awaitility.await;

/**
 * What a test needs to see and steer of the service's consumer: its container, its stored
 * positions, its committed offsets and its counters.
 */
final class ConsumerGroup {

	static final String TOPIC = CheckpointEventsProducer.TOPIC;

	private final KafkaListenerEndpointRegistry listeners;

	private final DatabaseClient database;

	private final MeterRegistry meters;

	private final String bootstrap;

	private final String groupId;

	ConsumerGroup(KafkaListenerEndpointRegistry listeners, DatabaseClient database, MeterRegistry meters,
			String bootstrap, String groupId) {
		this.listeners = listeners;
		this.database = database;
		this.meters = meters;
		this.bootstrap = bootstrap;
		this.groupId = groupId;
	}

	String groupId() {
		return this.groupId;
	}

	MessageListenerContainer container() {
		return this.listeners.getListenerContainer(EventsListener.ID);
	}

	double counter(String name) {
		return this.meters.counter(name).count();
	}

	Map<Integer, Long> storedPositions() {
		return this.database.sql("select partition, next_offset from consumed_positions where topic = $1")
			.bind(0, TOPIC)
			.map((row) -> Map.entry(row.get("partition", Integer.class), row.get("next_offset", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

	/**
	 * Waits until the stored positions reach the end of every partition: everything
	 * published so far has been consumed.
	 */
	void awaitCaughtUp() {
		Map<Integer, Long> ends = endOffsets();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			Map<Integer, Long> stored = storedPositions();
			return ends.entrySet()
				.stream()
				.allMatch((end) -> end.getValue() == 0 || stored.getOrDefault(end.getKey(), 0L) >= end.getValue());
		});
	}

	/**
	 * Moves the group's committed offsets back to the start, as if Kafka had forgotten
	 * what was consumed; the container must be stopped (the group empty).
	 */
	void rewindCommittedOffsets() {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetAndMetadata> start = partitions().stream()
				.collect(Collectors.toMap((p) -> p, (p) -> new OffsetAndMetadata(0)));
			await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
				admin.alterConsumerGroupOffsets(this.groupId, start).all().get(10, TimeUnit.SECONDS);
				return true;
			});
		}
	}

	private Map<Integer, Long> endOffsets() {
		try (Admin admin = admin()) {
			return admin
				.listOffsets(partitions().stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
				.all()
				.get(10, TimeUnit.SECONDS)
				.entrySet()
				.stream()
				.collect(Collectors.toMap((e) -> e.getKey().partition(), (e) -> e.getValue().offset()));
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<TopicPartition> partitions() {
		return IntStream.range(0, 6).mapToObj((p) -> new TopicPartition(TOPIC, p)).toList();
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap));
	}

}
