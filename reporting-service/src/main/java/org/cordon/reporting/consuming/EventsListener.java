package org.cordon.reporting.consuming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import reactor.util.retry.Retry;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Consumes every projected topic in batches on a Kafka listener thread and resumes every
 * assigned partition from the position stored with the views, not from the offset
 * committed to Kafka (committed after the database, so at best a lagging copy).
 * <p>
 * The records of each topic in a batch are applied in one transaction. If that fails
 * because a dependency is away, the whole batch is retried, without end, by the
 * container's error handler. If it fails for another reason, some record is at fault: the
 * batch is halved until that record fails alone ({@link InTurn}); it goes to the
 * dead-letter topic while the others are applied.
 */
@Component
class EventsListener implements ConsumerSeekAware {

	/** The listener container's id, to stop and start it. */
	static final String ID = "views";

	private final Projections projections;

	private final ApplyingRecords applying;

	private final ConsumedPositions positions;

	private final ConsumingMetrics metrics;

	EventsListener(Projections projections, ApplyingRecords applying, ConsumedPositions positions,
			ConsumingMetrics metrics) {
		this.projections = projections;
		this.applying = applying;
		this.positions = positions;
		this.metrics = metrics;
	}

	@KafkaListener(id = ID, idIsGroup = false, topics = "#{@projections.topics()}")
	void consume(List<ConsumerRecord<String, byte[]>> records) {
		Map<String, List<ConsumerRecord<String, byte[]>>> byTopic = new LinkedHashMap<>();
		records.forEach((record) -> byTopic.computeIfAbsent(record.topic(), (topic) -> new ArrayList<>()).add(record));
		byTopic.forEach((topic, ofTopic) -> consume(this.projections.of(topic), ofTopic));
	}

	private void consume(Projection<?> projection, List<ConsumerRecord<String, byte[]>> records) {
		List<ReadRecord> read = records.stream().map((record) -> RecordReading.read(record, projection)).toList();
		BatchOutcome outcome = InTurn.apply(read, (batch) -> this.applying.applyLive(projection, batch)).block();
		this.metrics.record((outcome != null) ? outcome : BatchOutcome.NOTHING);
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		Map<String, List<TopicPartition>> byTopic = new LinkedHashMap<>();
		assignments.keySet()
			.forEach((partition) -> byTopic.computeIfAbsent(partition.topic(), (topic) -> new ArrayList<>())
				.add(partition));
		byTopic.forEach((topic, partitions) -> resume(topic, partitions, callback));
	}

	private void resume(String topic, List<TopicPartition> assigned, ConsumerSeekCallback callback) {
		List<Integer> partitions = assigned.stream().map(TopicPartition::partition).toList();
		Map<Integer, Long> stored = this.positions.read(topic, partitions)
			.retryWhen(Retry.backoff(5, Duration.ofMillis(200)))
			.block();
		List<TopicPartition> fromTheStart = new ArrayList<>();
		for (TopicPartition partition : assigned) {
			Long next = (stored != null) ? stored.get(partition.partition()) : null;
			if (next != null) {
				callback.seek(partition.topic(), partition.partition(), next);
			}
			else {
				// nothing applied yet, whatever Kafka remembers: build the views from the
				// first event
				fromTheStart.add(partition);
			}
		}
		if (!fromTheStart.isEmpty()) {
			callback.seekToBeginning(fromTheStart);
		}
	}

}
