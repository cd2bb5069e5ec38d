package org.cordon.reporting.audit;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.SignalType;

/**
 * What the audit streams hold and did: the readers open now (each a Kafka consumer), how
 * each stream ended, what was streamed, and the records that could not be shown.
 */
class AuditMetrics {

	static final String OPEN_READERS = "cordon.reporting.audit.readers.open";

	static final String READERS = "cordon.reporting.audit.readers";

	static final String STREAMED = "cordon.reporting.audit.events.streamed";

	static final String UNREADABLE = "cordon.reporting.audit.records.unreadable";

	private final AtomicInteger open = new AtomicInteger();

	private final Counter completed;

	private final Counter cancelled;

	private final Counter failed;

	private final Counter streamed;

	private final Counter unreadable;

	AuditMetrics(MeterRegistry meters) {
		Gauge.builder(OPEN_READERS, this.open, AtomicInteger::get)
			.description("Audit streams holding a Kafka consumer now")
			.register(meters);
		this.completed = outcome(meters, "completed");
		this.cancelled = outcome(meters, "cancelled");
		this.failed = outcome(meters, "failed");
		this.streamed = Counter.builder(STREAMED).description("Events sent by audit streams").register(meters);
		this.unreadable = Counter.builder(UNREADABLE)
			.description("Records on the event topics that are not readable CloudEvents, left out of audit streams")
			.register(meters);
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder(READERS)
			.tag("outcome", outcome)
			.description("Audit streams by how they ended")
			.register(meters);
	}

	/**
	 * Takes a reader's place, if one is free.
	 * @param most readers allowed at once
	 * @return false when all are taken
	 */
	boolean tryOpen(int most) {
		while (true) {
			int now = this.open.get();
			if (now >= most) {
				return false;
			}
			if (this.open.compareAndSet(now, now + 1)) {
				return true;
			}
		}
	}

	/**
	 * Gives a reader's place back once its consumer is closed.
	 * @param ending how its stream ended
	 * @param sent events it streamed
	 * @param skipped records it could not read
	 */
	void closed(SignalType ending, long sent, long skipped) {
		this.open.decrementAndGet();
		this.streamed.increment(sent);
		this.unreadable.increment(skipped);
		switch (ending) {
			case ON_COMPLETE -> this.completed.increment();
			case CANCEL -> this.cancelled.increment();
			default -> this.failed.increment();
		}
	}

}
