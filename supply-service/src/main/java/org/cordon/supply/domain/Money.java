package org.cordon.supply.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.cordon.platform.rules.Violations;

/**
 * Amounts of yuan: written as decimal strings ({@code "416.1696"}), positive, with at
 * most four decimal places, held as {@link BigDecimal} and never as a floating-point
 * number.
 */
public final class Money {

	public static final int MAX_PLACES = 4;

	/** A trillion yuan: far above any donation or price, well within NUMERIC(18,4). */
	public static final BigDecimal LARGEST = new BigDecimal("1000000000000");

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

	private Money() {
	}

	/**
	 * Checks an amount as the client wrote it.
	 * @param violations where to add what is wrong
	 * @param text the amount, e.g. {@code "416.1696"}
	 * @param field the field's name
	 */
	public static void check(Violations violations, String text, String field) {
		if (!violations.present(text, field)) {
			return;
		}
		if (!DECIMAL.matcher(text).matches()) {
			violations.add(field, "must be a decimal string of yuan, e.g. \"416.1696\"");
			return;
		}
		BigDecimal value = new BigDecimal(text);
		violations.check(value.signum() > 0, field, "must be positive");
		violations.check(value.compareTo(LARGEST) <= 0, field, "must be at most " + LARGEST.toPlainString());
		violations.check(canonical(value).scale() <= MAX_PLACES, field,
				"must have at most " + MAX_PLACES + " decimal places");
	}

	/**
	 * The amount of a checked text.
	 * @param text an amount that passed {@link #check}
	 * @return its value in canonical form
	 */
	public static BigDecimal yuan(String text) {
		return canonical(new BigDecimal(text));
	}

	/**
	 * One way to write each amount, so that {@code 29.50}, {@code 29.5} and the
	 * database's {@code 29.5000} are the same amount in events and in the comparison of a
	 * repeat.
	 * @param amount an amount
	 * @return it without trailing zeros, and without an exponent
	 */
	public static BigDecimal canonical(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
