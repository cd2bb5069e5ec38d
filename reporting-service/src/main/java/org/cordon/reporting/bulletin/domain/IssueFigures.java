package org.cordon.reporting.bulletin.domain;

/**
 * The inspection ledger of a region or the city at the end of a day.
 *
 * @param found issues found by the day; {@code rectified + inProgress}
 * @param foundOnTheDay issues found on the day
 * @param rectified issues rectified by the day
 * @param rectifiedOnTheDay issues rectified on the day
 * @param inProgress issues found and not rectified by the end of the day
 * @param overdue of those in progress, the ones whose deadline the day is after
 */
public record IssueFigures(long found, long foundOnTheDay, long rectified, long rectifiedOnTheDay, long inProgress,
		long overdue) {

	public static final IssueFigures NONE = new IssueFigures(0, 0, 0, 0, 0, 0);

	IssueFigures plus(IssueFigures other) {
		return new IssueFigures(this.found + other.found, this.foundOnTheDay + other.foundOnTheDay,
				this.rectified + other.rectified, this.rectifiedOnTheDay + other.rectifiedOnTheDay,
				this.inProgress + other.inProgress, this.overdue + other.overdue);
	}

}
