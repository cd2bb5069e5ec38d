package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection team found a problem at a site and named the unit responsible for
 * rectifying it by a deadline.
 *
 * @param category free text, as the teams write it (e.g. 未按要求测温登记)
 * @param foundOn the day the team found it, in the platform's time zone
 * @param deadline the last day on which rectifying it is on time
 */
public record IssueFound(UUID issueId, String team, String region, String site, String responsibleUnit, String category,
		String description, LocalDate foundOn, LocalDate deadline) implements InspectionEvent {

	public static final String TYPE = "cordon.inspection.IssueFound.v1";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.issueId.toString();
	}

}
