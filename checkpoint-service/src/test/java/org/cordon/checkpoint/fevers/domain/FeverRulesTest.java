package org.cordon.checkpoint.fevers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class FeverRulesTest {

	private static final Instant NOW = Instant.parse("2020-02-04T16:00:00Z");

	private static final UUID ID = UUID.randomUUID();

	@Test
	void aFeverOf37Point3IsAFever() {
		assertThat(FeverRules.check(ID, NOW, new BigDecimal("37.3"), "发热门诊", NOW)).isEmpty();
	}

	@Test
	void aReadingBelow37Point3IsNoFever() {
		assertThat(FeverRules.check(ID, NOW, new BigDecimal("37.2"), "发热门诊", NOW)).extracting(Violation::field)
			.containsExactly("temperatureCelsius");
	}

	@Test
	void aReadingAbove43IsNotAReading() {
		assertThat(FeverRules.check(ID, NOW, new BigDecimal("43.1"), "发热门诊", NOW)).extracting(Violation::field)
			.containsExactly("temperatureCelsius");
	}

	@Test
	void aTemperatureHasAtMostOneDecimal() {
		assertThat(FeverRules.check(ID, NOW, new BigDecimal("38.25"), "发热门诊", NOW))
			.containsExactly(new Violation("temperatureCelsius", "must have at most 1 decimal places"));
		assertThat(FeverRules.check(ID, NOW, new BigDecimal("38.20"), "发热门诊", NOW)).isEmpty();
	}

	@Test
	void aFeverMustNotBeInTheFutureAndNamesWhereThePersonWasReferred() {
		assertThat(FeverRules.check(ID, NOW.plusSeconds(301), new BigDecimal("38.0"), " ", NOW))
			.extracting(Violation::field)
			.containsExactly("at", "referredTo");
	}

	@Test
	void recordIdAtAndTemperatureAreRequired() {
		assertThat(FeverRules.check(null, null, null, "发热门诊", NOW)).extracting(Violation::field)
			.containsExactly("recordId", "at", "temperatureCelsius");
	}

}
