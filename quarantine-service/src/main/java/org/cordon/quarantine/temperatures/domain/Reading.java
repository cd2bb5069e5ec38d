package org.cordon.quarantine.temperatures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A temperature taken at an instant, to one decimal, so that 37.80 and 37.8 are the same
 * reading. The instant is kept to the microsecond, as the database keeps it, so that a
 * reading posted again with nanoseconds is still the same reading.
 */
public record Reading(Instant at, BigDecimal celsius) {

	public Reading {
		at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
		celsius = celsius.setScale(1, RoundingMode.UNNECESSARY);
	}

	public boolean fever() {
		return TemperatureRules.isFever(this.celsius);
	}

}
