package org.cordon.inspection.accountability;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;

/**
 * The answer to recording an accountability action: the action as recorded and
 * {@code CREATED} or {@code DUPLICATE}.
 */
record AccountabilityAnswer(UUID actionId, UUID issueId, String subject, AccountabilityKind kind, LocalDate on,
		String status) {

	static AccountabilityAnswer of(AccountabilityImposed action, String status) {
		return new AccountabilityAnswer(action.getActionId(), action.getIssueId(), action.getSubject(),
				action.getKind(), action.getOn(), status);
	}

}
