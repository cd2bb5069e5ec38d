package org.cordon.inspection.issues;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.inspection.IssueFound;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;

/**
 * Records an issue once per issueId and announces it, in one transaction.
 */
@Service
class RecordingIssues {

	private final Issues issues;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingIssues(Issues issues, ClientIds clientIds, Outbox outbox, TransactionalOperator transactions) {
		this.issues = issues;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	Mono<Created<IssueFound>> record(IssueFound issue, Provenance provenance) {
		return this.transactions
			.transactional(this.clientIds.createOnce("issue", issue.issueId(), issue, IssueFound.class,
					() -> this.issues.insert(issue).then(this.outbox.append(issue, provenance)).thenReturn(issue)));
	}

}
