package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inspection ledger at the end of a day, from the days issues were found and
 * rectified. An issue counts as found from the day it was found, as rectified from the
 * day it was rectified; it is overdue at the end of a day when it is still open then and
 * the day is after its deadline: inspection-service's rule, under which an open issue
 * becomes overdue at the first day boundary after its deadline, so on the day after it.
 */
public final class IssueTally {

	private final LocalDate date;

	private IssueFigures city = IssueFigures.NONE;

	private final Map<String, IssueFigures> regions = new TreeMap<>();

	private IssueTally(LocalDate date) {
		this.date = date;
	}

	/**
	 * @param date the day whose end the ledger describes
	 * @param rows the issues found by then, grouped
	 * @return the tally
	 */
	public static IssueTally at(LocalDate date, List<IssueRow> rows) {
		IssueTally tally = new IssueTally(date);
		rows.forEach(tally::add);
		return tally;
	}

	/**
	 * Whether an open issue is overdue at the end of a day.
	 * @param deadline its deadline, or null for none
	 * @param date the day
	 * @return true when the day is after the deadline
	 */
	public static boolean overdue(LocalDate deadline, LocalDate date) {
		return deadline != null && date.isAfter(deadline);
	}

	public IssueFigures city() {
		return this.city;
	}

	/**
	 * @return each region's ledger, in the order of the regions' names
	 */
	public Map<String, IssueFigures> byRegion() {
		return Collections.unmodifiableMap(this.regions);
	}

	private void add(IssueRow row) {
		if (row.foundOn() == null || row.foundOn().isAfter(this.date)) {
			return;
		}
		long n = row.issues();
		boolean rectified = row.rectifiedOn() != null && !row.rectifiedOn().isAfter(this.date);
		IssueFigures figures = new IssueFigures(n, this.date.equals(row.foundOn()) ? n : 0, rectified ? n : 0,
				this.date.equals(row.rectifiedOn()) ? n : 0, rectified ? 0 : n,
				(!rectified && overdue(row.deadline(), this.date)) ? n : 0);
		this.city = this.city.plus(figures);
		if (row.region() != null) {
			this.regions.merge(row.region(), figures, IssueFigures::plus);
		}
	}

}
