package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;

/**
 * Money as the supply views write it: an exact decimal string of yuan, never a JSON
 * number (a client would read it as a binary floating-point value). Trailing zeros of the
 * fraction are dropped, so that a figure reads the same however its amounts were written
 * ({@code "100.50"} and {@code "100.5"} are one amount, and a sum of NUMERICs keeps the
 * widest scale of its terms): {@code "532.8526"}, {@code "3.5"}, {@code "0"}.
 */
public final class Yuan {

	private Yuan() {
	}

	/**
	 * @param amount an exact amount
	 * @return its canonical decimal string
	 */
	public static String text(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}
