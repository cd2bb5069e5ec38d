package org.cordon.inspection.overdue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.platform.trace.Traceparent;

/**
 * One run of the overdue check: every issue open past its deadline as of today becomes
 * overdue, a batch per transaction, with {@code detectedOn} today. Safe to run on every
 * replica at once and as often as wanted.
 */
@Service
public class OverdueCheck {

	private static final Log logger = LogFactory.getLog(OverdueCheck.class);

	private final OverdueTransitions transitions;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final int batchSize;

	private final Counter marked;

	OverdueCheck(OverdueTransitions transitions, TransactionalOperator transactions, Clock clock,
			OverdueProperties properties, ObjectProvider<MeterRegistry> meters) {
		this.transitions = transitions;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = properties.overdueBatchSize();
		MeterRegistry registry = meters.getIfAvailable();
		this.marked = (registry != null) ? Counter.builder("cordon.inspection.issues.overdue")
			.description("Issues this replica's overdue check made overdue")
			.register(registry) : null;
	}

	/**
	 * @return how many issues this run marked overdue
	 */
	public Mono<Integer> run() {
		LocalDate today = LocalDate.now(this.clock);
		String traceparent = Traceparent.continueOrStart(null);
		return batches(today, traceparent, 0).doOnNext((marked) -> {
			if (marked > 0) {
				logger.info(marked + " issue(s) became overdue, detected on " + today + " (trace "
						+ Traceparent.traceId(traceparent) + ")");
			}
		});
	}

	private Mono<Integer> batches(LocalDate today, String traceparent, int markedSoFar) {
		return this.transactions.transactional(this.transitions.markDue(today, this.batchSize, traceparent))
			.map(List::size)
			.doOnNext((marked) -> {
				if (this.marked != null) {
					this.marked.increment(marked);
				}
			})
			.flatMap((marked) -> (marked < this.batchSize) ? Mono.just(markedSoFar + marked)
					: batches(today, traceparent, markedSoFar + marked));
	}

}
