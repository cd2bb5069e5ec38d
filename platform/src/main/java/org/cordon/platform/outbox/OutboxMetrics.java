package org.cordon.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The outbox backlog and what the relay published, for dashboards and alerts.
 */
class OutboxMetrics {

	private final AtomicLong backlog = new AtomicLong();

	private final Counter published;

	private final Counter failures;

	OutboxMetrics(MeterRegistry registry) {
		MeterRegistry meters = (registry != null) ? registry : new SimpleMeterRegistry();
		meters.gauge("cordon.outbox.backlog", this.backlog);
		this.published = meters.counter("cordon.outbox.published");
		this.failures = meters.counter("cordon.outbox.failures");
	}

	void backlog(long rows) {
		this.backlog.set(rows);
	}

	void published(int rows) {
		this.published.increment(rows);
	}

	void failed() {
		this.failures.increment();
	}

}
