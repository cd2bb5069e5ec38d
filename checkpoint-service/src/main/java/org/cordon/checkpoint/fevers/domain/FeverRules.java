package org.cordon.checkpoint.fevers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A fever is a reading of at least 37.3 °C (the bulletins' threshold) and at most 43.0,
 * to one decimal, at a time that has passed, referred to a named clinic.
 */
public final class FeverRules {

	public static final BigDecimal FEVER = new BigDecimal("37.3");

	public static final BigDecimal HIGHEST = new BigDecimal("43.0");

	private FeverRules() {
	}

	public static List<Violation> check(UUID recordId, Instant at, BigDecimal temperatureCelsius, String referredTo,
			Instant now) {
		Violations violations = new Violations();
		violations.present(recordId, "recordId");
		if (violations.present(at, "at")) {
			violations.notInFuture(at, "at", now);
		}
		if (violations.present(temperatureCelsius, "temperatureCelsius")) {
			violations.decimal(temperatureCelsius, "temperatureCelsius", FEVER, HIGHEST, 1);
		}
		violations.text(referredTo, "referredTo", 200);
		return violations.list();
	}

}
