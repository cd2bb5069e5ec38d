package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.inspection.IssueFound;

/**
 * The answer to recording an issue: the issue as recorded and {@code CREATED} or
 * {@code DUPLICATE}.
 */
record IssueAnswer(UUID issueId, String team, String region, String site, String responsibleUnit, String category,
		String description, LocalDate foundOn, LocalDate deadline, String status) {

	static IssueAnswer of(IssueFound issue, String status) {
		return new IssueAnswer(issue.issueId(), issue.team(), issue.region(), issue.site(), issue.responsibleUnit(),
				issue.category(), issue.description(), issue.foundOn(), issue.deadline(), status);
	}

}
