package org.cordon.reporting.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;

import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.reporting.audit.domain.AuditQuery;
import org.cordon.reporting.audit.domain.LogPosition;
import org.cordon.reporting.audit.domain.Merge;

/**
 * One audit stream's reading of the log, with a consumer of its own; not thread-safe, as
 * its consumer is not: one thread uses it from start to close.
 * <p>
 * What it reads: the partitions of the topics that may hold the requested types, or with
 * a subject only the partition its key maps to in each. Where: from the first offset
 * whose timestamp is at or after {@code from} (the broker's time index; a record's
 * timestamp is its event's time) up to the end offsets taken when the stream starts.
 * Every record is checked against the query again, its time included, since times within
 * a partition are only nearly in order: the bounds are exact, and events published after
 * the stream started are not in it.
 * <p>
 * How much it holds: the merge asks for a read only when a partition's lane is empty, and
 * only that lane's partitions are fetched then (the others are paused); a read returns at
 * most {@code laneRecords} records. Memory is bounded by that and the consumer's fetch
 * sizes, whatever the length of the history.
 */
final class AuditReader implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(AuditReader.class);

	private final Consumer<String, byte[]> consumer;

	private final AuditQuery query;

	private final AuditProperties properties;

	private Map<TopicPartition, Long> ends;

	private Merge<TopicPartition, AuditRecord> merge;

	private long idleSince = -1;

	private long sent;

	private long unreadable;

	private String firstUnreadable;

	AuditReader(Consumer<String, byte[]> consumer, AuditQuery query, AuditProperties properties) {
		this.consumer = consumer;
		this.query = query;
		this.properties = properties;
	}

	/**
	 * Reads until the next event of the stream, or its end.
	 * @return the next event as a line of JSON, or null when there is none
	 */
	byte[] next() {
		if (this.merge == null) {
			start();
		}
		while (!this.query.isComplete(this.sent)) {
			Merge.Step<TopicPartition, AuditRecord> step = this.merge.next();
			if (step instanceof Merge.Take<TopicPartition, AuditRecord> take) {
				byte[] line = CloudEventLines.line(take.item());
				if (line != null) {
					this.sent++;
					return line;
				}
				unreadable(take.item().position().topic(), take.item().position().partition(),
						take.item().position().offset());
			}
			else if (step instanceof Merge.Fill<TopicPartition, AuditRecord> fill) {
				fill(fill.lanes());
			}
			else {
				return null;
			}
		}
		return null;
	}

	long sent() {
		return this.sent;
	}

	long unreadable() {
		return this.unreadable;
	}

	private void start() {
		Duration timeout = this.properties.brokerTimeout();
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : this.query.topics()) {
			List<PartitionInfo> found = this.consumer.partitionsFor(topic, timeout);
			if (found == null || found.isEmpty()) {
				// a topic no service has created yet holds no history
				continue;
			}
			if (this.query.subject() != null) {
				partitions.add(new TopicPartition(topic, KeyPartitions.of(this.query.subject(), found.size())));
			}
			else {
				found.stream()
					.map(PartitionInfo::partition)
					.sorted()
					.forEach((partition) -> partitions.add(new TopicPartition(topic, partition)));
			}
		}
		this.consumer.assign(partitions);
		this.ends = this.consumer.endOffsets(partitions, timeout);
		Map<TopicPartition, Long> starts = starts(partitions, timeout);
		this.merge = new Merge<>(partitions, AuditRecord.OLDEST_FIRST);
		for (TopicPartition partition : partitions) {
			long start = starts.get(partition);
			if (start >= this.ends.get(partition)) {
				this.merge.end(partition);
			}
			else {
				this.consumer.seek(partition, start);
			}
		}
	}

	private Map<TopicPartition, Long> starts(List<TopicPartition> partitions, Duration timeout) {
		if (this.query.from() == null || this.query.from().toEpochMilli() <= 0) {
			return this.consumer.beginningOffsets(partitions, timeout);
		}
		// the first offset whose timestamp is at or after from: every record before it
		// has
		// an older timestamp, the event's time to the millisecond, so an older event
		long from = this.query.from().toEpochMilli();
		Map<TopicPartition, OffsetAndTimestamp> found = this.consumer
			.offsetsForTimes(partitions.stream().collect(Collectors.toMap(Function.identity(), (p) -> from)), timeout);
		return partitions.stream().collect(Collectors.toMap(Function.identity(), (partition) -> {
			OffsetAndTimestamp first = found.get(partition);
			return (first != null) ? first.offset() : this.ends.get(partition);
		}));
	}

	private void fill(List<TopicPartition> waiting) {
		// a lane read to its end offset is ended without asking the broker: a poll would
		// only wait out its timeout for records that cannot come
		List<TopicPartition> unread = new ArrayList<>();
		for (TopicPartition partition : waiting) {
			if (this.consumer.position(partition, this.properties.brokerTimeout()) >= this.ends.get(partition)) {
				this.merge.end(partition);
			}
			else {
				unread.add(partition);
			}
		}
		if (unread.isEmpty()) {
			awaitingBroker(true);
			return;
		}
		Set<TopicPartition> others = new HashSet<>(this.consumer.assignment());
		unread.forEach(others::remove);
		this.consumer.pause(others);
		this.consumer.resume(unread);
		ConsumerRecords<String, byte[]> records = this.consumer.poll(this.properties.pollTimeout());
		for (TopicPartition partition : records.partitions()) {
			for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
				accept(partition, record);
			}
		}
		awaitingBroker(!records.isEmpty());
	}

	private void accept(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
		if (!this.merge.isOpen(partition)) {
			return;
		}
		if (record.offset() >= this.ends.get(partition)) {
			this.merge.end(partition);
			return;
		}
		if (!this.query.admitsSubject(record.key())) {
			return;
		}
		Headers headers = record.headers();
		String type = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE);
		if (type != null && !this.query.admitsType(type)) {
			return;
		}
		CloudEventAttributes attributes;
		try {
			attributes = CloudEventHeaders.fromHeaders(headers);
		}
		catch (RuntimeException ex) {
			unreadable(record.topic(), record.partition(), record.offset());
			return;
		}
		if (!this.query.admitsTime(attributes.time())) {
			return;
		}
		this.merge.add(partition,
				new AuditRecord(new LogPosition(attributes.time(), record.topic(), record.partition(), record.offset()),
						attributes, textOr(headers, CloudEventHeaders.SPEC_VERSION, "1.0"),
						textOr(headers, CloudEventHeaders.CONTENT_TYPE, "application/json"), record.value()));
	}

	private void awaitingBroker(boolean progressed) {
		long now = System.nanoTime();
		if (progressed) {
			this.idleSince = -1;
		}
		else if (this.idleSince < 0) {
			this.idleSince = now;
		}
		else if (now - this.idleSince > this.properties.brokerTimeout().toNanos()) {
			throw new BrokerSilent(this.properties.brokerTimeout());
		}
	}

	private void unreadable(String topic, int partition, long offset) {
		if (this.unreadable++ == 0) {
			this.firstUnreadable = topic + "-" + partition + "@" + offset;
		}
	}

	private static String textOr(Headers headers, String name, String otherwise) {
		String text = CloudEventHeaders.text(headers, name);
		return (text != null) ? text : otherwise;
	}

	@Override
	public void close() {
		this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
		if (this.unreadable > 0) {
			// positions only: a record that is not a readable event is not shown anywhere
			logger.warn("An audit stream left out " + this.unreadable
					+ " records that are not readable CloudEvents, the first at " + this.firstUnreadable);
		}
	}

	/**
	 * The broker brought nothing for longer than it may; the stream fails rather than
	 * hang.
	 */
	static class BrokerSilent extends RuntimeException {

		BrokerSilent(Duration timeout) {
			super("Kafka brought no records for " + timeout.toSeconds() + " s while the audit stream had more to read");
		}

	}

}
