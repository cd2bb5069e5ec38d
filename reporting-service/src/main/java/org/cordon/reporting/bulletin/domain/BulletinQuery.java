package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.cordon.platform.rules.Violations;

/**
 * What a bulletin is asked for: one business day, {@code YYYY-MM-DD}, required. The
 * bulletin counts each fact on the day it happened, not when it was entered, so an
 * {@code asOf} instant (which the views answer from the events' times) has no meaning for
 * it and is refused rather than silently ignored.
 */
public final class BulletinQuery {

	/** The parameter naming the day. */
	public static final String DATE = "date";

	/** The parameter of the other views that the bulletin refuses. */
	public static final String AS_OF = "asOf";

	private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private BulletinQuery() {
	}

	/**
	 * @param date the {@code date} parameter as sent, possibly null
	 * @param asOf the {@code asOf} parameter as sent, possibly null
	 * @param violations where to add what is wrong
	 * @return the day, or null when it is wrong
	 */
	public static LocalDate read(String date, String asOf, Violations violations) {
		if (asOf != null) {
			violations.add(AS_OF, "does not apply to the bulletin, which counts each fact on its business day");
		}
		if (date == null || date.isBlank()) {
			violations.add(DATE, "is required, a date YYYY-MM-DD");
			return null;
		}
		String text = date.strip();
		if (ISO_DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// a day no calendar has, such as 2020-02-30: reported below
			}
		}
		violations.add(DATE, "must be a date YYYY-MM-DD");
		return null;
	}

}
