package org.cordon.checkpoint.turnbacks.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class TurnbackRulesTest {

	private static final Instant NOW = Instant.parse("2020-02-04T16:00:00Z");

	private static final UUID ID = UUID.randomUUID();

	@Test
	void aCompleteTurnbackBreaksNoRule() {
		assertThat(TurnbackRules.check(ID, NOW, "蒙L·A1234", "湖北省", 3, "外地车辆一律劝返", NOW)).isEmpty();
	}

	@Test
	void recordIdAtPlateOriginAndOccupantsAreRequired() {
		assertThat(TurnbackRules.check(null, null, null, null, null, null, NOW)).extracting(Violation::field)
			.containsExactly("recordId", "at", "plate", "originRegion", "occupants");
	}

	@Test
	void aTurnbackMustNotBeInTheFuture() {
		assertThat(TurnbackRules.check(ID, NOW.plusSeconds(301), "蒙L·A1234", "湖北省", 3, null, NOW))
			.containsExactly(new Violation("at", "must not be in the future"));
	}

	@Test
	void occupantsMustBeBetweenZeroAndOneHundred() {
		assertThat(TurnbackRules.check(ID, NOW, "蒙L·A1234", "湖北省", -1, null, NOW)).extracting(Violation::field)
			.containsExactly("occupants");
		assertThat(TurnbackRules.check(ID, NOW, "蒙L·A1234", "湖北省", 101, null, NOW)).extracting(Violation::field)
			.containsExactly("occupants");
	}

	@Test
	void thePlateMustNotBeBlankNorLongerThan20Characters() {
		assertThat(TurnbackRules.check(ID, NOW, " ", "湖北省", 1, null, NOW)).extracting(Violation::field)
			.containsExactly("plate");
		assertThat(TurnbackRules.check(ID, NOW, "X".repeat(21), "湖北省", 1, null, NOW)).extracting(Violation::field)
			.containsExactly("plate");
	}

}
