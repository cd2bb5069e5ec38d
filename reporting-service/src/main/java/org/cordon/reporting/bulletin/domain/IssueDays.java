package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The days of one issue as a batch of events told them, to be merged into the issue's
 * row: where and when it was found and its deadline (from {@code IssueFound}), and the
 * day it was rectified. Each is told once; a day told twice keeps the earlier, so merging
 * is exact whatever the batches' boundaries.
 *
 * @param issueId the issue
 * @param region its region, or null while {@code IssueFound} was not seen
 * @param foundOn the day it was found, or null
 * @param deadline the last day on which rectifying it is on time, or null
 * @param rectifiedOn the day it was rectified, or null
 */
public record IssueDays(UUID issueId, String region, LocalDate foundOn, LocalDate deadline, LocalDate rectifiedOn) {

	public IssueDays {
		Objects.requireNonNull(issueId, "issueId");
	}

	public static IssueDays of(UUID issueId) {
		return new IssueDays(issueId, null, null, null, null);
	}

	public IssueDays found(String region, LocalDate on, LocalDate deadline) {
		return new IssueDays(this.issueId, region, BusinessDays.earlier(this.foundOn, on), deadline, this.rectifiedOn);
	}

	public IssueDays rectified(LocalDate on) {
		return new IssueDays(this.issueId, this.region, this.foundOn, this.deadline,
				BusinessDays.earlier(this.rectifiedOn, on));
	}

}
