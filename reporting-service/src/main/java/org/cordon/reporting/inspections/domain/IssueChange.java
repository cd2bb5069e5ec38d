package org.cordon.reporting.inspections.domain;

import java.util.Objects;
import java.util.UUID;

import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;

/**
 * What a batch of events told about one issue, to be merged into the issue's row: a null
 * value was not told, a true flag sets the row's and a false one leaves it. An issue is
 * found once, rectified once and becomes overdue once (inspection-service publishes each
 * at most once), so every flag only ever turns true and merging is exact whatever the
 * batches' boundaries.
 *
 * @param issueId the issue
 * @param region its region, from {@code IssueFound}
 * @param found {@code IssueFound} was seen
 * @param rectified {@code IssueRectified} was seen
 * @param overdue {@code IssueOverdue} was seen
 */
public record IssueChange(UUID issueId, String region, boolean found, boolean rectified, boolean overdue) {

	public IssueChange {
		Objects.requireNonNull(issueId, "issueId");
	}

	public static IssueChange of(UUID issueId) {
		return new IssueChange(issueId, null, false, false, false);
	}

	public IssueChange found(IssueFound event) {
		return new IssueChange(this.issueId, event.region(), true, this.rectified, this.overdue);
	}

	public IssueChange rectified(IssueRectified event) {
		return new IssueChange(this.issueId, this.region, this.found, true, this.overdue);
	}

	public IssueChange overdue(IssueOverdue event) {
		return new IssueChange(this.issueId, this.region, this.found, this.rectified, true);
	}

}
