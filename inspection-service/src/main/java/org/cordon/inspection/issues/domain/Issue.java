package org.cordon.inspection.issues.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cordon.platform.rules.Violation;

/**
 * An issue on file, as far as its rectification is concerned.
 *
 * @param rectifiedOn the day it was rectified; null unless {@code RECTIFIED}
 */
public record Issue(UUID issueId, LocalDate foundOn, LocalDate deadline, IssueStatus status, LocalDate rectifiedOn) {

	public Issue {
		Objects.requireNonNull(issueId, "issueId");
		Objects.requireNonNull(foundOn, "foundOn");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(status, "status");
	}

	/**
	 * What rectifying the issue on a day does. Only an open or overdue issue is
	 * rectified, not on a day before it was found; an issue rectified already is
	 * rectified once: the same day again is a repeat, another day a conflict.
	 * @param on the day posted (a valid one, see {@link RectificationRules})
	 * @return the outcome
	 */
	public Rectification rectify(LocalDate on) {
		if (this.status == IssueStatus.RECTIFIED) {
			return on.equals(this.rectifiedOn) ? new Rectification.Repeat()
					: new Rectification.Conflict("The issue " + this.issueId + " was already rectified on "
							+ this.rectifiedOn + "; it cannot be rectified again on " + on + ".");
		}
		if (on.isBefore(this.foundOn)) {
			return new Rectification.Invalid(
					new Violation("rectifiedOn", "must not be before the issue was found (" + this.foundOn + ")"));
		}
		return new Rectification.Done();
	}

}
