package org.cordon.reporting.consuming;

import java.util.List;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies records as one batch, or, when that fails because some record is at fault, one
 * at a time: a record that fails again alone is refused (applied as unreadable, so that
 * its position moves) and the others are applied. A failure of a dependency (database or
 * broker away, a lock not granted in time) is nobody's fault: it fails the whole attempt,
 * for the caller to wait out. The live consumer and every shadow build decide alike, so
 * that a build from the log refuses exactly the records the live views refused.
 */
final class InTurn {

	private static final Log logger = LogFactory.getLog(InTurn.class);

	private InTurn() {
	}

	/**
	 * @param records the records of one topic, in the order of their partitions
	 * @param attempt applies some of them in one transaction (or savepoint) of its own
	 * @return what was done with them all
	 */
	static Mono<BatchOutcome> apply(List<ReadRecord> records, Function<List<ReadRecord>, Mono<BatchOutcome>> attempt) {
		return attempt.apply(records).onErrorResume(InTurn::isTheRecordsFault, (failure) -> {
			logger.warn("A batch of " + records.size() + " records failed, applying them one at a time: "
					+ failure.getMessage());
			return Flux.fromIterable(records)
				.concatMap((record) -> alone(record, attempt))
				.reduce(BatchOutcome.NOTHING, BatchOutcome::plus);
		});
	}

	private static Mono<BatchOutcome> alone(ReadRecord record, Function<List<ReadRecord>, Mono<BatchOutcome>> attempt) {
		return attempt.apply(List.of(record))
			.onErrorResume(InTurn::isTheRecordsFault,
					(failure) -> attempt.apply(List.of(record.refused((RuntimeException) failure))));
	}

	private static boolean isTheRecordsFault(Throwable failure) {
		return failure instanceof RuntimeException && !Failures.isDependencyDown(failure);
	}

}
