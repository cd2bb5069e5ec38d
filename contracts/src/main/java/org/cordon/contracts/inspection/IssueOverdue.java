package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An issue was still open at the first day boundary after its deadline. Published once
 * per issue.
 *
 * @param deadline the deadline it missed; it became overdue at the start of the next day
 * @param detectedOn the day the service found it overdue: the day after the deadline, or
 * later when the service was not running at that midnight
 */
public record IssueOverdue(UUID issueId, LocalDate deadline, LocalDate detectedOn) implements InspectionEvent {

	public static final String TYPE = "cordon.inspection.IssueOverdue.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.issueId.toString();
	}

}
