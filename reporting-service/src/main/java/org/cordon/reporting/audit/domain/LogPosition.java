package org.cordon.reporting.audit.domain;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where an event stands in the audit stream's order: by its time, then, for events of the
 * same instant, by topic, partition and offset, so that the same history is always
 * streamed in the same order.
 *
 * @param time the event's {@code ce_time}
 * @param topic its topic
 * @param partition its partition
 * @param offset its offset in the partition
 */
public record LogPosition(Instant time, String topic, int partition, long offset) implements Comparable<LogPosition> {

	private static final Comparator<LogPosition> ORDER = Comparator.comparing(LogPosition::time)
		.thenComparing(LogPosition::topic)
		.thenComparingInt(LogPosition::partition)
		.thenComparingLong(LogPosition::offset);

	@Override
	public int compareTo(LogPosition other) {
		return ORDER.compare(this, other);
	}

}
