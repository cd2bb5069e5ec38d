package org.cordon.quarantine.temperatures.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class TemperatureRulesTest {

	private static final Instant NOW = Instant.parse("2020-02-04T02:00:00Z");

	@Test
	void readingsFrom35To43DegreesAreAccepted() {
		assertThat(TemperatureRules.check(NOW, new BigDecimal("35.0"), NOW)).isEmpty();
		assertThat(TemperatureRules.check(NOW, new BigDecimal("43.0"), NOW)).isEmpty();
		assertThat(TemperatureRules.check(NOW, new BigDecimal("34.9"), NOW)).extracting(Violation::field)
			.containsExactly("celsius");
		assertThat(TemperatureRules.check(NOW, new BigDecimal("43.1"), NOW)).extracting(Violation::field)
			.containsExactly("celsius");
	}

	@Test
	void aReadingHasAtMostOneDecimal() {
		assertThat(TemperatureRules.check(NOW, new BigDecimal("36.55"), NOW))
			.containsExactly(new Violation("celsius", "must have at most 1 decimal places"));
		assertThat(new Reading(NOW, new BigDecimal("36.50")).celsius()).isEqualTo(new BigDecimal("36.5"));
	}

	@Test
	void aFeverIsAReadingOfAtLeast37Point3() {
		assertThat(new Reading(NOW, new BigDecimal("37.2")).fever()).isFalse();
		assertThat(new Reading(NOW, new BigDecimal("37.3")).fever()).isTrue();
		assertThat(new Reading(NOW, new BigDecimal("39")).fever()).isTrue();
	}

	@Test
	void aReadingIsKeptToTheMicrosecondAsTheDatabaseKeepsIt() {
		Reading withNanos = new Reading(NOW.plusNanos(1_234_567), new BigDecimal("36.8"));

		assertThat(withNanos.at()).isEqualTo(NOW.plusNanos(1_234_000));
		assertThat(TemperatureRules.repeats(new Reading(NOW.plusNanos(1_234_000), new BigDecimal("36.8")), withNanos))
			.isTrue();
	}

	@Test
	void aReadingIsNotInTheFutureAndBothFieldsAreRequired() {
		assertThat(TemperatureRules.check(NOW.plusSeconds(301), new BigDecimal("36.5"), NOW))
			.containsExactly(new Violation("at", "must not be in the future"));
		assertThat(TemperatureRules.check(null, null, NOW)).extracting(Violation::field)
			.containsExactly("at", "celsius");
	}

	@Test
	void theSameInstantWithTheSameTemperatureRepeatsWithAnotherContradicts() {
		Reading onFile = new Reading(NOW, new BigDecimal("36.8"));

		assertThat(TemperatureRules.repeats(onFile, new Reading(NOW, new BigDecimal("36.80")))).isTrue();
		assertThat(TemperatureRules.repeats(onFile, new Reading(NOW, new BigDecimal("36.9")))).isFalse();
	}

}
