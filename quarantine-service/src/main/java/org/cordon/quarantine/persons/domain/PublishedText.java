package org.cordon.quarantine.persons.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text that events carry (region, exposure region, isolation site, hospital) must
 * not smuggle out what identifies a person: an operator who types the home address as the
 * isolation site, or the person's phone into a region, is asked to name the place
 * instead. A place (site, hospital) must not hold a phone number of anyone either.
 */
public final class PublishedText {

	/** Seven digits in a row: a landline, a mobile phone or an ID number. */
	private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9]{7,}");

	/** Shorter values (a one-character fragment) would match ordinary place names. */
	private static final int SHORTEST_VALUE_LOOKED_FOR = 2;

	private PublishedText() {
	}

	/**
	 * @param text text that will be published
	 * @param personal the values that must not appear in it
	 * @return the problem, in words that never repeat a value, or empty
	 */
	public static Optional<String> revealsPersonalData(String text, Collection<String> personal) {
		if (text == null) {
			return Optional.empty();
		}
		String compact = compact(text);
		for (String value : personal) {
			String wanted = compact(value);
			if (wanted.length() >= SHORTEST_VALUE_LOOKED_FOR && compact.contains(wanted)) {
				return Optional.of("must not hold the person's name, phone, ID number or address: it is published");
			}
		}
		return Optional.empty();
	}

	/**
	 * The name of a place (an isolation site, a hospital): no personal value, and no
	 * number that looks like a phone or an ID number, whoever's it is.
	 * @param text the place's name, which will be published
	 * @param personal the values that must not appear in it
	 * @return the problem, in words that never repeat a value, or empty
	 */
	public static Optional<String> placeRevealsPersonalData(String text, Collection<String> personal) {
		if (text != null && NUMBER_LIKE.matcher(text).find()) {
			return Optional.of("must name a place without a phone or ID number: it is published");
		}
		return revealsPersonalData(text, personal);
	}

	private static String compact(String value) {
		return value.replaceAll("\\s+", "");
	}

}
