package org.cordon.inspection.accountability;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.inspection.accountability.domain.AccountabilityRules;
import org.cordon.inspection.issues.Issues;
import org.cordon.inspection.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;

/**
 * Records an accountability action once per actionId and announces it, in one
 * transaction; an action that names an issue needs the issue on file.
 */
@Service
class ImposingAccountability {

	private final AccountabilityActions actions;

	private final Issues issues;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	ImposingAccountability(AccountabilityActions actions, Issues issues, ClientIds clientIds, Outbox outbox,
			TransactionalOperator transactions) {
		this.actions = actions;
		this.issues = issues;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<AccountabilityImposed>> impose(AccountabilityImposed action, Provenance provenance) {
		Mono<Created<AccountabilityImposed>> imposing = issueOnFile(action)
			.then(this.clientIds.createOnce("accountability", action.getActionId(), action, AccountabilityImposed.class,
					() -> this.actions.insert(action).then(this.outbox.append(action, provenance)).thenReturn(action)));
		return this.transactions.transactional(imposing);
	}

	private Mono<Void> issueOnFile(AccountabilityImposed action) {
		if (action.getIssueId() == null) {
			return Mono.empty();
		}
		return this.issues.foundOn(action.getIssueId())
			.switchIfEmpty(Mono.error(() -> unknownIssue(action)))
			.doOnNext((foundOn) -> Answers.refuseIfAny(AccountabilityRules.forIssueFoundOn(action.getOn(), foundOn)))
			.then();
	}

	/**
	 * A 404, since the issue is a resource that does not exist, naming the field that
	 * refers to it.
	 */
	private static ProblemException unknownIssue(AccountabilityImposed action) {
		return new ProblemException(new Problem(Problem.TYPE_PREFIX + "not-found", "Not found", 404,
				"No issue " + action.getIssueId() + " is on file; nothing was changed.",
				List.of(new FieldProblem("issueId", "names no issue on file")), Map.of()));
	}

}
