package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The responsible unit rectified an open or overdue issue.
 *
 * @param note what was done; may be null
 */
public record IssueRectified(UUID issueId, LocalDate rectifiedOn, String note) implements InspectionEvent {

	public static final String TYPE = "cordon.inspection.IssueRectified.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.issueId.toString();
	}

}
