package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.inspection.IssueFound;
import org.cordon.inspection.issues.domain.IssueRules;

/**
 * The body of {@code POST /api/inspections/issues}.
 */
record RecordIssueRequest(UUID issueId, String team, String region, String site, String responsibleUnit,
		String category, String description, LocalDate foundOn, LocalDate deadline) {

	IssueRules.Draft draft() {
		return new IssueRules.Draft(this.issueId, this.team, this.region, this.site, this.responsibleUnit,
				this.category, this.description, this.foundOn, this.deadline);
	}

	/**
	 * The event of a valid request, its text without surrounding blanks, so that a repeat
	 * with other blanks is the same content.
	 * @return the event
	 */
	IssueFound toEvent() {
		return new IssueFound(this.issueId, this.team.strip(), this.region.strip(), this.site.strip(),
				this.responsibleUnit.strip(), this.category.strip(), this.description.strip(), this.foundOn,
				this.deadline);
	}

}
