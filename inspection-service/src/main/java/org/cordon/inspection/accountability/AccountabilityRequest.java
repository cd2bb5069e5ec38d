package org.cordon.inspection.accountability;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;

/**
 * The body of {@code POST /api/inspections/accountability}; {@code issueId} is optional.
 */
record AccountabilityRequest(UUID actionId, UUID issueId, String subject, AccountabilityKind kind, LocalDate on) {

	AccountabilityImposed toEvent() {
		return new AccountabilityImposed(this.actionId, this.issueId, this.subject.strip(), this.kind, this.on);
	}

}
