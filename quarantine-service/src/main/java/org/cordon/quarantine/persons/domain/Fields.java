package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cordon.platform.rules.Violations;

/**
 * Field rules the features of a file share: lengths of names and places, phone numbers,
 * and days that must have come.
 */
public final class Fields {

	public static final int MAX_NAME = 50;

	public static final int MAX_REGION = 50;

	public static final int MAX_PLACE = 200;

	public static final int MAX_ROLE = 50;

	/** Mobile (11 digits), landline with area code, optionally +86, blanks or hyphens. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,18}[0-9]");

	private Fields() {
	}

	public static void phone(Violations violations, String phone, String field) {
		if (violations.present(phone, field)) {
			violations.check(PHONE.matcher(phone.strip()).matches(), field,
					"must be a phone number: 6 to 20 digits, blanks or hyphens");
		}
	}

	/**
	 * A day that is required and must not lie after today.
	 * @param violations where a problem goes
	 * @param day the day, may be null
	 * @param field its name
	 * @param today today in the platform's time zone
	 * @return whether the day is present and has come
	 */
	public static boolean pastDay(Violations violations, LocalDate day, String field, LocalDate today) {
		if (!violations.present(day, field)) {
			return false;
		}
		if (day.isAfter(today)) {
			violations.add(field, "must not be after today (" + today + ")");
			return false;
		}
		return true;
	}

}
