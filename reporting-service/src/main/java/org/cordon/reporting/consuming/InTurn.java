package org.cordon.reporting.consuming;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * Applies records as one batch, or, when that fails because some record is at fault,
 * finds that record by halving: the first half is applied as one batch of its own, a half
 * that fails is halved again, then the second half likewise, so that the records are
 * applied in their order (each partition's order is kept) and every record that is not at
 * fault is applied once. A record that fails alone is refused (applied as unreadable, so
 * that its position moves). One record at fault in a batch of n costs about 2·log2(n)
 * transactions rather than n.
 * <p>
 * A failure of a dependency (database or broker away, a lock not granted in time) is
 * nobody's fault: it fails the whole attempt, for the caller to wait out. The live
 * consumer and every shadow build decide alike, so that a build from the log refuses
 * exactly the records the live views refused.
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
		return apply(records, attempt, ReadRecord::refused, BatchOutcome::plus);
	}

	/**
	 * The halving itself, apart from what a record and an outcome are.
	 * @param <R> a record
	 * @param <O> what applying some records did
	 * @param records the records, in their order
	 * @param attempt applies some of them at once, or fails
	 * @param refusing the record to apply instead of one that failed alone, and why
	 * @param plus adds two outcomes
	 * @return what was done with them all
	 */
	static <R, O> Mono<O> apply(List<R> records, Function<List<R>, Mono<O>> attempt,
			BiFunction<R, RuntimeException, R> refusing, BiFunction<O, O, O> plus) {
		return attempt.apply(records).onErrorResume(InTurn::isTheRecordsFault, (failure) -> {
			logger.warn("A batch of " + records.size() + " records failed, halving it to find the record at fault: "
					+ failure.getMessage());
			return halved(records, attempt, refusing, plus, (RuntimeException) failure);
		});
	}

	private static <R, O> Mono<O> halved(List<R> records, Function<List<R>, Mono<O>> attempt,
			BiFunction<R, RuntimeException, R> refusing, BiFunction<O, O, O> plus, RuntimeException failure) {
		if (records.size() == 1) {
			return attempt.apply(List.of(refusing.apply(records.get(0), failure)));
		}
		int half = records.size() / 2;
		return part(records.subList(0, half), attempt, refusing, plus)
			.flatMap((first) -> part(records.subList(half, records.size()), attempt, refusing, plus)
				.map((second) -> plus.apply(first, second)));
	}

	private static <R, O> Mono<O> part(List<R> records, Function<List<R>, Mono<O>> attempt,
			BiFunction<R, RuntimeException, R> refusing, BiFunction<O, O, O> plus) {
		return attempt.apply(records)
			.onErrorResume(InTurn::isTheRecordsFault,
					(failure) -> halved(records, attempt, refusing, plus, (RuntimeException) failure));
	}

	private static boolean isTheRecordsFault(Throwable failure) {
		return failure instanceof RuntimeException && !Failures.isDependencyDown(failure);
	}

}
