package org.cordon.reporting.views.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.cordon.platform.rules.Violations;

/**
 * The {@code asOf} parameter of the views: an RFC 3339 date-time with its offset
 * ({@code Z} or {@code ±hh:mm}). Without an offset the instant would depend on whose
 * clock reads it, so it is refused; blank or missing means the live view.
 */
public final class AsOfInstant {

	/** The parameter's name, as a 400 names it. */
	public static final String FIELD = "asOf";

	private AsOfInstant() {
	}

	/**
	 * @param text the parameter as sent, possibly null
	 * @param violations where to add what is wrong with it
	 * @return the instant, or null when none was asked for or it is wrong
	 */
	public static Instant read(String text, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(FIELD, "must be an RFC 3339 date-time with an offset, such as 2020-02-04T08:00:00Z");
			return null;
		}
	}

}
