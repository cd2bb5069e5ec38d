package org.cordon.supply.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * The day a movement, a donation or an order happened, as the operator books it: given
 * when the entry is made later than the fact (back-dated entries are how a command's
 * ledgers are kept), today in the platform's time zone when left out, never after today.
 * The daily bulletin reads each fact on this day.
 */
public final class BusinessDay {

	private BusinessDay() {
	}

	/**
	 * Adds the day's rule to the other rules of a request.
	 * @param others what else is wrong with the request
	 * @param day the day as sent; {@code null} when left out
	 * @param field the field that holds it, e.g. {@code orderedOn}
	 * @param today today in the platform's time zone
	 * @return every violation, the day's last
	 */
	public static List<Violation> checked(List<Violation> others, LocalDate day, String field, LocalDate today) {
		Violations violations = new Violations();
		if (day != null) {
			violations.check(!day.isAfter(today), field, "must not be after today (" + today + ")");
		}
		if (violations.isEmpty()) {
			return others;
		}
		List<Violation> all = new ArrayList<>(others);
		all.addAll(violations.list());
		return all;
	}

	/**
	 * @param day the day as sent; {@code null} when left out
	 * @param today today in the platform's time zone
	 * @return the day the fact is booked on
	 */
	public static LocalDate resolve(LocalDate day, LocalDate today) {
		return (day != null) ? day : today;
	}

}
