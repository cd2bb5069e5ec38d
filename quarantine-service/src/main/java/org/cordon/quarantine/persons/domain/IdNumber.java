package org.cordon.quarantine.persons.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The citizen ID number of GB 11643: 17 digits and a check digit (0-9 or X). The check
 * digit is {@code "10X98765432"} at the sum of the 17 digits times their weights, modulo
 * 11. The birth date inside is not checked: the standard's check digit is the contract.
 */
public final class IdNumber {

	public static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_DIGITS = "10X98765432";

	private IdNumber() {
	}

	/**
	 * The form an ID number is stored and compared in: without surrounding blanks, a
	 * lower-case x written upper-case.
	 * @param value as written
	 * @return the normalised form
	 */
	public static String normalise(String value) {
		return value.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * What is wrong with an ID number, in words that never repeat it.
	 * @param value as written (normalised or not)
	 * @return the problem, or empty for a valid number
	 */
	public static Optional<String> problem(String value) {
		if (value == null) {
			return Optional.of("is required");
		}
		String number = normalise(value);
		if (number.length() != LENGTH) {
			return Optional.of("must be 18 characters: 17 digits and a check digit");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				return Optional.of("must be 17 digits followed by a check digit 0-9 or X");
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		char check = number.charAt(LENGTH - 1);
		if (check != 'X' && (check < '0' || check > '9')) {
			return Optional.of("must end with a check digit 0-9 or X");
		}
		if (check != CHECK_DIGITS.charAt(sum % 11)) {
			return Optional.of("has a wrong check digit");
		}
		return Optional.empty();
	}

	/**
	 * The check digit that completes 17 digits; what a test or a form uses to make a
	 * valid number.
	 * @param first17 the first 17 digits
	 * @return the 18-character number
	 */
	public static String complete(String first17) {
		if (first17.length() != LENGTH - 1 || !first17.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("17 digits are needed");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK_DIGITS.charAt(sum % 11);
	}

}
