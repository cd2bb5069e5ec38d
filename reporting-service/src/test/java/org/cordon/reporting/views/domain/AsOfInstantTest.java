package org.cordon.reporting.views.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

import static org.assertj.core.api.Assertions.assertThat;

class AsOfInstantTest {

	@Test
	void missingOrBlankMeansTheLiveView() {
		Violations violations = new Violations();

		assertThat(AsOfInstant.read(null, violations)).isNull();
		assertThat(AsOfInstant.read(" ", violations)).isNull();
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void anInstantInAnyOffsetIsTheSameInstant() {
		Violations violations = new Violations();

		assertThat(AsOfInstant.read("2020-02-04T16:00:00+08:00", violations))
			.isEqualTo(Instant.parse("2020-02-04T08:00:00Z"));
		assertThat(AsOfInstant.read("2020-02-04T08:00:00.123456Z", violations))
			.isEqualTo(Instant.parse("2020-02-04T08:00:00.123456Z"));
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void aDateTimeWithoutAnOffsetOrNoDateTimeIsRefusedByName() {
		for (String text : new String[] { "2020-02-04T08:00:00", "2020-02-04", "now", "1580803200" }) {
			Violations violations = new Violations();

			assertThat(AsOfInstant.read(text, violations)).isNull();
			assertThat(violations.list()).extracting(Violation::field).as(text).containsExactly("asOf");
		}
	}

}
