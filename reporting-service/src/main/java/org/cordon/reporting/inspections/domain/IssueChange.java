package org.cordon.reporting.inspections.domain;

import java.time.Instant;
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
 * @param foundAt the {@code ce_time} of {@code IssueFound}, when known
 * @param rectifiedAt the {@code ce_time} of {@code IssueRectified}, when known
 * @param overdueAt the {@code ce_time} of {@code IssueOverdue}, when known
 */
public record IssueChange(UUID issueId, String region, boolean found, boolean rectified, boolean overdue,
		Instant foundAt, Instant rectifiedAt, Instant overdueAt) {

	public IssueChange {
		Objects.requireNonNull(issueId, "issueId");
	}

	/**
	 * A change without the events' times.
	 * @param issueId the issue
	 * @param region its region, from {@code IssueFound}
	 * @param found {@code IssueFound} was seen
	 * @param rectified {@code IssueRectified} was seen
	 * @param overdue {@code IssueOverdue} was seen
	 */
	public IssueChange(UUID issueId, String region, boolean found, boolean rectified, boolean overdue) {
		this(issueId, region, found, rectified, overdue, null, null, null);
	}

	public static IssueChange of(UUID issueId) {
		return new IssueChange(issueId, null, false, false, false);
	}

	public IssueChange found(IssueFound event) {
		return found(event, null);
	}

	public IssueChange rectified(IssueRectified event) {
		return rectified(event, null);
	}

	public IssueChange overdue(IssueOverdue event) {
		return overdue(event, null);
	}

	/**
	 * @param event the issue's {@code IssueFound}
	 * @param time its {@code ce_time}, or null when not known
	 * @return the change with the issue found then
	 */
	public IssueChange found(IssueFound event, Instant time) {
		return new IssueChange(this.issueId, event.region(), true, this.rectified, this.overdue, time, this.rectifiedAt,
				this.overdueAt);
	}

	/**
	 * @param event the issue's {@code IssueRectified}
	 * @param time its {@code ce_time}, or null when not known
	 * @return the change with the issue rectified then
	 */
	public IssueChange rectified(IssueRectified event, Instant time) {
		return new IssueChange(this.issueId, this.region, this.found, true, this.overdue, this.foundAt, time,
				this.overdueAt);
	}

	/**
	 * @param event the issue's {@code IssueOverdue}
	 * @param time its {@code ce_time}, or null when not known
	 * @return the change with the issue overdue from then
	 */
	public IssueChange overdue(IssueOverdue event, Instant time) {
		return new IssueChange(this.issueId, this.region, this.found, this.rectified, true, this.foundAt,
				this.rectifiedAt, time);
	}

}
