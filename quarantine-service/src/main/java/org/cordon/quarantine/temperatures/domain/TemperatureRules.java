package org.cordon.quarantine.temperatures.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A reading is 35.0 to 43.0 °C with at most one decimal, taken at an instant that has
 * come (5 minutes of clock skew allowed). A fever is a reading of at least 37.3 °C, the
 * bulletins' threshold. One reading per person and instant: the same instant again with
 * the same temperature is a repeat, with another temperature a conflict.
 */
public final class TemperatureRules {

	public static final BigDecimal LOWEST = new BigDecimal("35.0");

	public static final BigDecimal HIGHEST = new BigDecimal("43.0");

	public static final BigDecimal FEVER = new BigDecimal("37.3");

	private TemperatureRules() {
	}

	public static List<Violation> check(Instant at, BigDecimal celsius, Instant now) {
		Violations violations = new Violations();
		if (violations.present(at, "at")) {
			violations.notInFuture(at, "at", now);
		}
		if (violations.present(celsius, "celsius")) {
			violations.decimal(celsius, "celsius", LOWEST, HIGHEST, 1);
		}
		return violations.list();
	}

	public static boolean isFever(BigDecimal celsius) {
		return celsius.compareTo(FEVER) >= 0;
	}

	/**
	 * @param onFile the reading already on file for the same instant
	 * @param posted the reading posted
	 * @return true when the post repeats it, false when it contradicts it
	 */
	public static boolean repeats(Reading onFile, Reading posted) {
		return onFile.at().equals(posted.at()) && onFile.celsius().compareTo(posted.celsius()) == 0;
	}

}
