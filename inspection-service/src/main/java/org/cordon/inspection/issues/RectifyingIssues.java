package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.inspection.issues.Issues.OnFile;
import org.cordon.inspection.issues.domain.Rectification;
import org.cordon.inspection.overdue.OverdueTransitions;
import org.cordon.inspection.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Rectifies an issue and announces it, in one transaction. An issue found open past its
 * deadline is first made overdue, as the overdue check would have done at midnight, so
 * that the history does not depend on whether the check ran before the rectification.
 */
@Service
class RectifyingIssues {

	private final Issues issues;

	private final OverdueTransitions overdue;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RectifyingIssues(Issues issues, OverdueTransitions overdue, Outbox outbox, TransactionalOperator transactions) {
		this.issues = issues;
		this.overdue = overdue;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param issueId the issue
	 * @param rectifiedOn a valid day
	 * @param note what was done, or null
	 * @param today the current day
	 * @param provenance who posted it
	 * @return the answer; 404 for an unknown issue, 409 for one rectified on another day,
	 * 400 for a day before it was found
	 */
	Mono<RectificationAnswer> rectify(UUID issueId, LocalDate rectifiedOn, String note, LocalDate today,
			Provenance provenance) {
		Mono<RectificationAnswer> rectifying = this.overdue.markIfDue(issueId, today, provenance.traceparent())
			.then(this.issues.lock(issueId))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("No issue " + issueId + " is on file.")))
			.flatMap((onFile) -> apply(onFile, rectifiedOn, note, provenance));
		return this.transactions.transactional(rectifying);
	}

	private Mono<RectificationAnswer> apply(OnFile onFile, LocalDate rectifiedOn, String note, Provenance provenance) {
		UUID issueId = onFile.issue().issueId();
		Rectification rectification = onFile.issue().rectify(rectifiedOn);
		if (rectification instanceof Rectification.Done) {
			return this.issues.rectify(issueId, rectifiedOn, note)
				.then(this.outbox.append(new IssueRectified(issueId, rectifiedOn, note), provenance))
				.thenReturn(new RectificationAnswer(issueId, rectifiedOn, note, Answers.RECTIFIED));
		}
		if (rectification instanceof Rectification.Repeat) {
			return Mono
				.just(new RectificationAnswer(issueId, onFile.issue().rectifiedOn(), onFile.note(), Answers.DUPLICATE));
		}
		if (rectification instanceof Rectification.Conflict conflict) {
			return Mono.error(ProblemException.conflict(conflict.reason()));
		}
		return Mono.error(Answers.invalid(List.of(((Rectification.Invalid) rectification).violation())));
	}

}
