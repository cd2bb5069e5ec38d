package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much a price moved from its baseline, in percent of the baseline, as the bulletins
 * print it ("蔬菜价格上涨27%"): {@code (latest − baseline) ÷ baseline × 100}, computed exactly
 * and rounded half up to one decimal place. Written as a decimal string ({@code "27.0"},
 * {@code "-3.5"}, {@code "0.0"}) for the same reason as money: a JSON number would reach
 * clients as a binary floating-point value.
 */
public final class PercentChange {

	/** Decimal places of the percentage. */
	public static final int SCALE = 1;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PercentChange() {
	}

	/**
	 * @param baseline the first price, positive
	 * @param latest the latest price
	 * @return the change in percent, rounded half up to one decimal place
	 */
	public static BigDecimal of(BigDecimal baseline, BigDecimal latest) {
		if (baseline.signum() <= 0) {
			throw new IllegalArgumentException("A baseline price must be positive, not " + baseline);
		}
		// divide(divisor, scale, mode) rounds the exact quotient, not an approximation of
		// it
		return latest.subtract(baseline).multiply(HUNDRED).divide(baseline, SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * @param baseline the first price, positive
	 * @param latest the latest price
	 * @return the change as the views write it, e.g. {@code "27.0"}
	 */
	public static String text(BigDecimal baseline, BigDecimal latest) {
		return of(baseline, latest).toPlainString();
	}

}
