package org.cordon.reporting.inspections.domain;

/**
 * A number of found issues of one region that share their state: the view's rows grouped,
 * so that a ledger reads a handful of groups rather than every issue.
 *
 * @param region the region
 * @param rectified rectified
 * @param overdueSeen an {@code IssueOverdue} was seen
 * @param issues how many issues
 */
public record IssueGroup(String region, boolean rectified, boolean overdueSeen, long issues) {

	/**
	 * @return whether these issues are still open: found and not rectified
	 */
	public boolean inProgress() {
		return !this.rectified;
	}

	/**
	 * In progress and past the deadline. inspection-service decides when an open issue
	 * passed its deadline (at the first day boundary after it, also when it catches up
	 * after being down) and announces it once with {@code IssueOverdue}; the ledger
	 * follows that announcement rather than its own clock, so that both always agree. A
	 * rectification, late or not, closes the issue and takes it off the overdue count.
	 * @return whether these issues are overdue
	 */
	public boolean overdue() {
		return inProgress() && this.overdueSeen;
	}

}
