package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import org.cordon.reporting.rebuild.domain.CatchUp;
import org.cordon.reporting.rebuild.domain.RebuildProgress;

/**
 * Reads every partition of the projected topics from its first record, with a consumer of
 * its own (assigned, in no group), never past a bound: the live views' position. A build
 * so reaches the live positions exactly and never passes them. A partition at its bound
 * is paused until the bound moves on.
 * <p>
 * Not thread-safe, like the consumer it wraps: one caller at a time, from any thread.
 */
final class ShadowReader implements AutoCloseable {

	private final Consumer<String, byte[]> consumer;

	private final List<TopicPartition> partitions;

	private final Map<TopicPartition, Long> beginnings;

	private final Map<TopicPartition, Long> bounds = new HashMap<>();

	ShadowReader(Consumer<String, byte[]> consumer, List<String> topics, Duration timeout) {
		this.consumer = consumer;
		this.partitions = topics.stream()
			.flatMap((topic) -> consumer.partitionsFor(topic, timeout)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition())))
			.toList();
		consumer.assign(this.partitions);
		this.beginnings = Map.copyOf(consumer.beginningOffsets(this.partitions, timeout));
		consumer.seekToBeginning(this.partitions);
		this.beginnings.forEach(this.bounds::put);
		consumer.pause(this.partitions);
	}

	/**
	 * Moves the bounds on to the live positions (never back), and reads on in the
	 * partitions that have records below them.
	 * @param live the live views' next offset by partition
	 */
	void follow(Map<TopicPartition, Long> live) {
		live.forEach((partition, next) -> {
			if (this.bounds.containsKey(partition)) {
				this.bounds.merge(partition, next, Math::max);
			}
		});
		List<TopicPartition> behind = new ArrayList<>();
		for (TopicPartition partition : this.partitions) {
			if (this.consumer.position(partition) < this.bounds.get(partition)) {
				behind.add(partition);
			}
		}
		this.consumer.resume(behind);
	}

	/**
	 * @return the records yet to read to reach every bound
	 */
	long lag() {
		return CatchUp.lag(positions(), this.bounds);
	}

	/**
	 * @return what was read of what there is to read up to the bounds
	 */
	RebuildProgress progress() {
		return RebuildProgress.of(this.beginnings, positions(), this.bounds);
	}

	/**
	 * Reads the next records below the bounds.
	 * @param timeout how long to wait for records
	 * @return the records, each partition's in offset order; none once every bound is
	 * reached
	 */
	List<ConsumerRecord<String, byte[]>> poll(Duration timeout) {
		if (this.consumer.paused().containsAll(this.partitions)) {
			return List.of();
		}
		ConsumerRecords<String, byte[]> polled = this.consumer.poll(timeout);
		List<ConsumerRecord<String, byte[]>> below = new ArrayList<>();
		for (TopicPartition partition : polled.partitions()) {
			long bound = this.bounds.get(partition);
			for (ConsumerRecord<String, byte[]> record : polled.records(partition)) {
				if (record.offset() >= bound) {
					// read again once the bound moves past it
					this.consumer.seek(partition, record.offset());
					break;
				}
				below.add(record);
			}
		}
		List<TopicPartition> reached = this.partitions.stream()
			.filter((partition) -> this.consumer.position(partition) >= this.bounds.get(partition))
			.toList();
		this.consumer.pause(reached);
		return below;
	}

	private Map<TopicPartition, Long> positions() {
		Map<TopicPartition, Long> positions = new HashMap<>();
		this.partitions.forEach((partition) -> positions.put(partition, this.consumer.position(partition)));
		return positions;
	}

	/**
	 * Interrupts a read under way, from another thread: the reading thread's call fails.
	 */
	void wakeup() {
		this.consumer.wakeup();
	}

	@Override
	public void close() {
		this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
	}

}
