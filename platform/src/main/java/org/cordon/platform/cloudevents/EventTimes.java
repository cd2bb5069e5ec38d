package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads instants exactly as {@link Instant#parse} does, several times faster for the form
 * every Cordon producer writes ({@code 2020-02-03T04:05:06.123456789Z}: a four-digit
 * year, seconds, up to nine digits of a second, UTC), and dates of the form
 * {@code 2020-02-03} exactly as {@link LocalDate#parse} does. Any other text, and any
 * text of those forms that is not a valid instant or date, is left to the JDK's parsers,
 * which then answer or fail as they always did. A build reads a {@code ce_time} and a few
 * times in the data of every record: {@code Instant.parse} was a tenth of its work, the
 * data's times another.
 */
public final class EventTimes {

	private static final int SECONDS_PER_DAY = 86_400;

	/** {@code yyyy-MM-ddTHH:mm:ssZ}. */
	private static final int SHORTEST = 20;

	/** {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
	private static final int LONGEST = 30;

	private EventTimes() {
	}

	/**
	 * @param text a {@code ce_time}
	 * @return the instant
	 * @throws java.time.format.DateTimeParseException as {@link Instant#parse} does
	 */
	public static Instant parse(CharSequence text) {
		Instant fast = fast(text);
		return (fast != null) ? fast : Instant.parse(text);
	}

	/**
	 * @param text any text
	 * @return the instant, or null when the text is not of the common form or not valid
	 */
	static Instant fast(CharSequence text) {
		int length = text.length();
		if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1 || text.charAt(length - 1) != 'Z'
				|| text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':' || (length > SHORTEST && text.charAt(19) != '.')) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int fraction = (length > SHORTEST) ? digits(text, 20, length - 1) : 0;
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59 || fraction < 0
				|| day > LocalDate.of(year, month, 1).lengthOfMonth()) {
			return null;
		}
		int nanos = fraction;
		for (int scale = length - 1 - 20; scale < 9 && length > SHORTEST; scale++) {
			nanos *= 10;
		}
		long epochSecond = LocalDate.of(year, month, day).toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L
				+ second;
		return Instant.ofEpochSecond(epochSecond, nanos);
	}

	/**
	 * @param text any text
	 * @return the date the text {@code yyyy-MM-dd} names, or null when the text is not of
	 * that form or not a valid date
	 */
	static LocalDate fastDate(CharSequence text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
				|| day > LocalDate.of(year, month, 1).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/**
	 * @return the number the ASCII digits between from and to spell, or -1 if any is not
	 * one
	 */
	private static int digits(CharSequence text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
