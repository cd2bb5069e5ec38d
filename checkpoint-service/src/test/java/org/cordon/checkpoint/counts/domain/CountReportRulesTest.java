package org.cordon.checkpoint.counts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class CountReportRulesTest {

	private static final Instant NOW = Instant.parse("2020-02-04T16:00:00Z");

	private static final Instant START = Instant.parse("2020-02-03T16:00:00Z");

	private static final Counts FEBRUARY_4 = new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

	@Test
	void aReportOfTheBulletinsFiguresBreaksNoRule() {
		assertThat(CountReportRules.check(START, NOW, FEBRUARY_4, NOW)).isEmpty();
	}

	@Test
	void periodStartAndPeriodEndAreRequired() {
		assertThat(fields(CountReportRules.check(null, null, FEBRUARY_4, NOW))).containsExactly("periodStart",
				"periodEnd");
	}

	@Test
	void periodEndMustBeAfterPeriodStart() {
		assertThat(CountReportRules.check(START, START, FEBRUARY_4, NOW))
			.containsExactly(new Violation("periodEnd", "must be after periodStart"));
	}

	@Test
	void instantsAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
		assertThat(CountReportRules.kept(Instant.parse("2020-02-03T16:00:00.123456999Z")))
			.isEqualTo(Instant.parse("2020-02-03T16:00:00.123456Z"));
		assertThat(CountReportRules.kept(null)).isNull();
	}

	@Test
	void aPeriodMayLastExactly24Hours() {
		assertThat(CountReportRules.check(START, START.plus(Duration.ofHours(24)), FEBRUARY_4, NOW)).isEmpty();
	}

	@Test
	void aPeriodMustNotLastLongerThan24Hours() {
		assertThat(CountReportRules.check(START.minusSeconds(1), NOW, FEBRUARY_4, NOW))
			.containsExactly(new Violation("periodEnd", "must be at most 24 hours after periodStart"));
	}

	@Test
	void aPeriodMayEndUpToFiveMinutesAheadOfOurClock() {
		assertThat(CountReportRules.check(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofMinutes(5)), Counts.ZERO,
				NOW))
			.isEmpty();
	}

	@Test
	void aPeriodMustNotEndInTheFuture() {
		assertThat(CountReportRules.check(NOW, NOW.plus(Duration.ofMinutes(6)), Counts.ZERO, NOW))
			.containsExactly(new Violation("periodEnd", "must not be in the future"));
	}

	@Test
	void everyCountMustBeAtLeastZero() {
		Counts negative = new Counts(-1, -1, -1, -1, -1, -1, -1, -1, -1);

		assertThat(fields(CountReportRules.check(START, NOW, negative, NOW))).contains("vehiclesInspected",
				"vehiclesInbound", "vehiclesTurnedBack", "personsChecked", "personsInbound", "personsTurnedBack",
				"trains", "trainPassengersArrived", "feverDetected");
	}

	@Test
	void everyCountMustBeAtMostOneMillion() {
		Counts million = new Counts(1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000,
				1_000_000, 1_000_000);
		Counts over = new Counts(1_000_001, 0, 0, 0, 0, 0, 1_000_001, 0, 0);

		assertThat(CountReportRules.check(START, NOW, million, NOW)).isEmpty();
		assertThat(fields(CountReportRules.check(START, NOW, over, NOW))).containsExactly("vehiclesInspected",
				"trains");
	}

	@Test
	void vehiclesInboundMustNotExceedVehiclesInspected() {
		assertThat(CountReportRules.check(START, NOW, new Counts(10, 11, 0, 0, 0, 0, 0, 0, 0), NOW))
			.containsExactly(new Violation("vehiclesInbound", "must not exceed vehiclesInspected"));
	}

	@Test
	void vehiclesTurnedBackMustNotExceedVehiclesInbound() {
		assertThat(CountReportRules.check(START, NOW, new Counts(10, 5, 6, 0, 0, 0, 0, 0, 0), NOW))
			.containsExactly(new Violation("vehiclesTurnedBack", "must not exceed vehiclesInbound"));
	}

	@Test
	void personsInboundMustNotExceedPersonsChecked() {
		assertThat(CountReportRules.check(START, NOW, new Counts(0, 0, 0, 10, 11, 0, 0, 0, 0), NOW))
			.containsExactly(new Violation("personsInbound", "must not exceed personsChecked"));
	}

	@Test
	void aRailwayPostMayTurnBackArrivingPassengers() {
		assertThat(CountReportRules.check(START, NOW, new Counts(0, 0, 0, 0, 0, 17, 21, 338, 0), NOW)).isEmpty();
	}

	@Test
	void personsTurnedBackMustNotExceedPersonsInboundPlusTrainPassengersArrived() {
		assertThat(CountReportRules.check(START, NOW, new Counts(0, 0, 0, 10, 5, 8, 1, 2, 0), NOW)).containsExactly(
				new Violation("personsTurnedBack", "must not exceed personsInbound + trainPassengersArrived"));
	}

	@Test
	void feverDetectedMustNotExceedPersonsCheckedPlusTrainPassengersArrived() {
		assertThat(CountReportRules.check(START, NOW, new Counts(0, 0, 0, 3, 0, 0, 1, 2, 6), NOW))
			.containsExactly(new Violation("feverDetected", "must not exceed personsChecked + trainPassengersArrived"));
		assertThat(CountReportRules.check(START, NOW, new Counts(0, 0, 0, 3, 0, 0, 1, 2, 5), NOW)).isEmpty();
	}

	private static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::field).toList();
	}

}
