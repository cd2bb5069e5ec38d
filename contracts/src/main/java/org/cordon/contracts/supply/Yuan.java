package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Money in the supply events: a plain decimal string of yuan ({@code "416.1696"}), never
 * a JSON number, so no reader can turn it into a floating-point value on the way.
 */
final class Yuan {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private Yuan() {
	}

	/**
	 * Checks that the text is a plain decimal; {@code null} passes, as for every other
	 * component.
	 * @param text the amount as written in the event
	 * @param component the record component, for the message
	 * @return the text unchanged
	 */
	static String checked(String text, String component) {
		if (text != null && !DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException(component + " must be a decimal string of yuan, not '" + text + "'");
		}
		return text;
	}

	static String of(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

	static BigDecimal value(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
