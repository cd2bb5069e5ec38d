package org.cordon.reporting.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the consumer did with the records it read, so that nothing it skipped goes unseen:
 * a dead letter is an alert, a duplicate or a redelivery is expected now and then.
 */
class ConsumingMetrics {

	static final String DEAD_LETTERS = "cordon.reporting.dead.letters";

	static final String APPLIED = "cordon.reporting.events.applied";

	static final String DUPLICATES = "cordon.reporting.events.duplicate";

	static final String ALREADY_CONSUMED = "cordon.reporting.records.already.consumed";

	private final Counter deadLetters;

	private final Counter applied;

	private final Counter duplicates;

	private final Counter alreadyConsumed;

	ConsumingMetrics(MeterRegistry meters) {
		this.deadLetters = Counter.builder(DEAD_LETTERS)
			.description("Records sent to the dead-letter topic: they changed no view")
			.register(meters);
		this.applied = Counter.builder(APPLIED).description("Events applied to the views").register(meters);
		this.duplicates = Counter.builder(DUPLICATES)
			.description("Events applied before under the same ce_id, ignored")
			.register(meters);
		this.alreadyConsumed = Counter.builder(ALREADY_CONSUMED)
			.description("Records below the stored position (redelivered or replayed), ignored")
			.register(meters);
	}

	void record(BatchOutcome outcome) {
		this.deadLetters.increment(outcome.deadLettered());
		this.applied.increment(outcome.applied());
		this.duplicates.increment(outcome.duplicates());
		this.alreadyConsumed.increment(outcome.alreadyConsumed());
	}

}
