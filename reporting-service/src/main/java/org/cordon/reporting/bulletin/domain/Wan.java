package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as the bulletins print it: in 万元 (ten thousand yuan) with four decimal places,
 * "532.4006 万元", so a sum in whole yuan reads exactly; an amount with fractions of a yuan
 * is rounded half up to the yuan's place. The exact yuan are printed beside it.
 */
public final class Wan {

	/** Decimal places of an amount in 万元: to the yuan. */
	public static final int SCALE = 4;

	private Wan() {
	}

	/**
	 * @param yuan an exact amount in yuan
	 * @return the amount in 万元, four decimal places, e.g. {@code "532.4006"}
	 */
	public static String of(BigDecimal yuan) {
		return yuan.movePointLeft(4).setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
	}

}
