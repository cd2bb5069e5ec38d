package org.cordon.checkpoint.counts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.cordon.checkpoint.counts.domain.Filing;

/**
 * Files single reports the way a database commits: together when they come together.
 * <p>
 * Each report needs a transaction of five statements and a flushed commit, and the
 * statements' round trips, not the rules, were most of a single report's cost. So the
 * reports that arrive while earlier groups are being filed wait and are filed as the next
 * group, in one transaction ({@link GroupFiling}). A report that comes alone is filed at
 * once, alone; under load the groups grow by themselves, up to {@code mostInGroup}, with
 * at most {@code mostInFlight} groups filing at a time.
 * <p>
 * A group never holds two reports with the same id: the later one waits for the next
 * group, so that it meets the first one on file and is answered as it would have been one
 * after the other (a duplicate or a conflict). A group whose transaction fails is filed
 * again one report at a time, so that a report at fault fails alone.
 */
@Component
class FilingQueue {

	private final Function<List<Submission>, Mono<List<Outcome>>> filing;

	private final int mostInFlight;

	private final int mostInGroup;

	private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * @param groups files a group in one transaction
	 * @param mostInFlight groups filing at the same time: two, so that a group waiting
	 * for a checkpoint that a batch holds does not stop every other report, and not more,
	 * because the fewer groups the larger each: with three, single reports ran at 955/s
	 * where two ran 1,283/s on the same stack (ADR 26)
	 * @param mostInGroup submissions in one group
	 */
	@Autowired
	FilingQueue(GroupFiling groups, @Value("${cordon.checkpoint.filing.groups-in-flight:2}") int mostInFlight,
			@Value("${cordon.checkpoint.filing.most-in-group:64}") int mostInGroup) {
		this(groups::file, mostInFlight, mostInGroup);
	}

	/**
	 * @param filing files a group in one transaction, answering one outcome per
	 * submission
	 * @param mostInFlight groups filing at the same time
	 * @param mostInGroup submissions in one group
	 */
	FilingQueue(Function<List<Submission>, Mono<List<Outcome>>> filing, int mostInFlight, int mostInGroup) {
		this.filing = filing;
		this.mostInFlight = mostInFlight;
		this.mostInGroup = mostInGroup;
	}

	/**
	 * @param submission a valid single report
	 * @return what filing it did, or its refusal as an error
	 */
	Mono<Filing> file(Submission submission) {
		return Mono.defer(() -> {
			Sinks.One<Filing> answer = Sinks.one();
			this.waiting.add(new Waiting(submission, answer));
			drain();
			return answer.asMono();
		});
	}

	/**
	 * Starts groups while there are submissions waiting and room for another group.
	 * Called after every arrival and after every group, so a waiting submission is always
	 * taken by one of them.
	 */
	private void drain() {
		while (!this.waiting.isEmpty()) {
			int running = this.inFlight.get();
			if (running >= this.mostInFlight) {
				return;
			}
			if (!this.inFlight.compareAndSet(running, running + 1)) {
				continue;
			}
			List<Waiting> group = nextGroup();
			if (group.isEmpty()) {
				this.inFlight.decrementAndGet();
				continue;
			}
			fileGroup(group).doFinally((signal) -> {
				this.inFlight.decrementAndGet();
				drain();
			}).subscribe();
		}
	}

	private List<Waiting> nextGroup() {
		List<Waiting> group = new ArrayList<>();
		List<Waiting> later = new ArrayList<>();
		Set<UUID> reportIds = new HashSet<>();
		Waiting next;
		while (group.size() < this.mostInGroup && (next = this.waiting.poll()) != null) {
			if (reportIds.add(next.submission().report().reportId())) {
				group.add(next);
			}
			else {
				later.add(next);
			}
		}
		this.waiting.addAll(later);
		return group;
	}

	private Mono<Void> fileGroup(List<Waiting> group) {
		// only the transaction's failure sends the group round again, never an answer's:
		// a group that committed is never filed twice
		return this.filing.apply(group.stream().map(Waiting::submission).toList())
			.map(Optional::of)
			.onErrorResume((failure) -> ((group.size() == 1) ? Mono.fromRunnable(() -> group.get(0).fail(failure))
					: Flux.fromIterable(group).concatMap(this::fileAlone).then())
				.then(Mono.just(Optional.empty())))
			.doOnNext((filed) -> filed.ifPresent((outcomes) -> {
				for (int i = 0; i < group.size(); i++) {
					group.get(i).answer(outcomes.get(i));
				}
			}))
			.then();
	}

	private Mono<Void> fileAlone(Waiting one) {
		return this.filing.apply(List.of(one.submission()))
			.doOnNext((outcomes) -> one.answer(outcomes.get(0)))
			.then()
			.onErrorResume((failure) -> Mono.fromRunnable(() -> one.fail(failure)));
	}

	private record Waiting(Submission submission, Sinks.One<Filing> answer) {

		void answer(Outcome outcome) {
			if (outcome.refusal() != null) {
				this.answer.tryEmitError(outcome.refusal());
			}
			else {
				this.answer.tryEmitValue(outcome.filing());
			}
		}

		void fail(Throwable failure) {
			this.answer.tryEmitError(failure);
		}

	}

}
