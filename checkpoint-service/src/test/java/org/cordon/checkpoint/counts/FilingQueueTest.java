package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.cordon.checkpoint.counts.domain.CountReport;
import org.cordon.checkpoint.counts.domain.FiledReport;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.checkpoint.counts.domain.Period;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How single reports are gathered into groups; the filing itself is played by the test,
 * which decides when each group's transaction ends and how.
 */
class FilingQueueTest {

	static final UUID CHECKPOINT = UUID.randomUUID();

	/** Every group handed to the filing, with the means to end its transaction. */
	final List<Group> groups = new CopyOnWriteArrayList<>();

	final FilingQueue queue = new FilingQueue(this::file, 2, 3);

	@Test
	void aReportThatComesAloneIsFiledAtOnceAlone() {
		Answer answer = post(submission());

		assertThat(this.groups).hasSize(1);
		assertThat(this.groups.get(0).submissions()).hasSize(1);
		this.groups.get(0).commit();
		assertThat(answer.filing()).isInstanceOf(Filing.Accepted.class);
	}

	@Test
	void reportsThatComeWhileGroupsAreFilingWaitAndAreFiledTogether() {
		post(submission());
		post(submission());
		Answer third = post(submission());
		Answer fourth = post(submission());

		// two groups in flight, of one each: the others wait
		assertThat(this.groups).hasSize(2);

		this.groups.get(0).commit();

		assertThat(this.groups).hasSize(3);
		assertThat(this.groups.get(2).submissions()).hasSize(2);
		this.groups.get(2).commit();
		assertThat(third.filing()).isInstanceOf(Filing.Accepted.class);
		assertThat(fourth.filing()).isInstanceOf(Filing.Accepted.class);
	}

	@Test
	void aGroupHoldsAtMostItsLimitAndTheRestFollowInTheNextGroup() {
		post(submission());
		post(submission());
		List<Answer> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			waiting.add(post(submission()));
		}

		this.groups.get(0).commit();
		this.groups.get(1).commit();

		assertThat(this.groups.subList(2, 4)).extracting((group) -> group.submissions().size()).containsExactly(3, 2);
		this.groups.get(2).commit();
		this.groups.get(3).commit();
		assertThat(waiting).allSatisfy((answer) -> assertThat(answer.filing()).isNotNull());
	}

	@Test
	void theSameReportTwiceIsNeverInOneGroup() {
		post(submission());
		post(submission());
		Submission report = submission();
		post(report);
		post(report);

		this.groups.get(0).commit();
		this.groups.get(1).commit();

		assertThat(this.groups.get(2).submissions()).containsExactly(report);
		assertThat(this.groups.get(3).submissions()).containsExactly(report);
	}

	@Test
	void aGroupWhoseTransactionFailsIsFiledAgainOneByOneSoOnlyTheReportAtFaultFails() {
		post(submission());
		post(submission());
		Submission good = submission();
		Submission atFault = submission();
		Answer goodAnswer = post(good);
		Answer faultAnswer = post(atFault);
		this.groups.get(0).commit();
		Group together = this.groups.get(2);
		assertThat(together.submissions()).containsExactly(good, atFault);

		together.fail(new IllegalStateException("the database refused one row"));

		// filed again alone, one after the other
		assertThat(this.groups.get(3).submissions()).containsExactly(good);
		this.groups.get(3).commit();
		assertThat(this.groups.get(4).submissions()).containsExactly(atFault);
		this.groups.get(4).fail(new IllegalStateException("the database refused one row"));

		assertThat(goodAnswer.filing()).isInstanceOf(Filing.Accepted.class);
		assertThat(faultAnswer.failure()).hasMessage("the database refused one row");
		assertThat(goodAnswer.failure()).isNull();
	}

	@Test
	void aRefusalReachesOnlyItsOwnCaller() {
		Answer refused = post(submission());
		Answer accepted = post(submission());
		this.groups.get(0).answer(List.of(Outcome.refused(ProblemException.notFound("No checkpoint"))));
		this.groups.get(1).commit();

		assertThat(refused.failure()).isInstanceOf(ProblemException.class);
		assertThat(accepted.filing()).isInstanceOf(Filing.Accepted.class);
	}

	private Mono<List<Outcome>> file(List<Submission> submissions) {
		Sinks.One<List<Outcome>> end = Sinks.one();
		this.groups.add(new Group(submissions, end));
		return end.asMono();
	}

	private Answer post(Submission submission) {
		Answer answer = new Answer();
		this.queue.file(submission).subscribe(answer::filed, answer::failed);
		return answer;
	}

	private static Submission submission() {
		Instant start = Instant.parse("2020-02-04T00:00:00Z");
		return new Submission(CHECKPOINT,
				new CountReport(UUID.randomUUID(), new Period(start, start.plusSeconds(3600)), Counts.ZERO),
				new Provenance("key:test", null));
	}

	record Group(List<Submission> submissions, Sinks.One<List<Outcome>> end) {

		void commit() {
			answer(this.submissions.stream()
				.map((s) -> Outcome.filed(new Filing.Accepted(new FiledReport(s.report().reportId(), s.checkpointId(),
						s.report().period(), 1, s.report().counts()))))
				.toList());
		}

		void answer(List<Outcome> outcomes) {
			this.end.tryEmitValue(outcomes);
		}

		void fail(Throwable failure) {
			this.end.tryEmitError(failure);
		}

	}

	static final class Answer {

		private volatile Filing filing;

		private volatile Throwable failure;

		void filed(Filing filing) {
			this.filing = filing;
		}

		void failed(Throwable failure) {
			this.failure = failure;
		}

		Filing filing() {
			return this.filing;
		}

		Throwable failure() {
			return this.failure;
		}

	}

}
