package org.cordon.quarantine.release.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Files;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.temperatures.domain.Reading;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRulesTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The last exposure was on 28 January: observation ends on 11 February. */
	private static final LocalDate ENDS = LocalDate.parse("2020-02-11");

	@Test
	void anIsolatedPersonWhoseObservationIsCompleteWithoutFeverIsReleased() {
		PersonFile file = Files.isolated();

		assertThat(ReleaseRules.release(file, ENDS, List.of(reading("2020-02-10T08:00", "36.6")), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Apply.class,
					(apply) -> assertThat(apply.event()).isEqualTo(new PersonReleased(file.personId(), ENDS)));
	}

	@Test
	void aReleaseBeforeTheObservationEndsIsRefusedNamingTheDay() {
		assertThat(ReleaseRules.release(Files.isolated(), ENDS.minusDays(1), List.of(), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("not complete")
						.contains("2020-02-11")
						.contains("2020-01-28"));
	}

	@Test
	void aFeverInTheThreeDaysBeforeTheReleaseRefusesIt() {
		assertThat(ReleaseRules.release(Files.isolated(), ENDS, List.of(reading("2020-02-08T00:10", "37.3")), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("fever of 37.3").contains("2020-02-08"));
	}

	@Test
	void aFeverOnTheDayOfReleaseRefusesIt() {
		assertThat(ReleaseRules.release(Files.isolated(), ENDS, List.of(reading("2020-02-11T07:00", "38.1")), SHANGHAI))
			.isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void aFeverFourDaysBeforeTheReleaseDoesNotRefuseIt() {
		// 7 February 23:50 in Shanghai is the fourth day before the 11th
		assertThat(ReleaseRules.release(Files.isolated(), ENDS, List.of(reading("2020-02-07T23:50", "38.5")), SHANGHAI))
			.isInstanceOf(Decision.Apply.class);
	}

	@Test
	void aFeverExtendsNothingByItself() {
		PersonFile file = Files.isolated();

		assertThat(ReleaseRules.release(file, ENDS.plusDays(4), List.of(reading("2020-02-10T09:00", "38.0")), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Apply.class,
					(apply) -> assertThat(apply.after().observationEndsOn()).isEqualTo(ENDS));
	}

	@Test
	void everyReasonIsGivenAtOnce() {
		assertThat(ReleaseRules.release(Files.isolated(), ENDS.minusDays(1),
				List.of(reading("2020-02-09T08:00", "37.8")), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("not complete").contains("fever of 37.8"));
	}

	@Test
	void aSuspectedOrConfirmedCaseIsNotReleased() {
		assertThat(ReleaseRules.release(Files.isolated().withSuspectedOn(ENDS.minusDays(5)), ENDS, List.of(), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("suspected case"));
		assertThat(ReleaseRules.release(Files.isolated().withConfirmedOn(ENDS.minusDays(5)), ENDS, List.of(), SHANGHAI))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("confirmed case"));
	}

	@Test
	void onlyAPersonInIsolationIsReleased() {
		assertThat(ReleaseRules.release(Files.registered(), ENDS, List.of(), SHANGHAI)).isInstanceOfSatisfying(
				Decision.Refuse.class, (refuse) -> assertThat(refuse.reason()).contains("not isolated"));
	}

	@Test
	void aReleaseRepeatedOnTheSameDayIsARepeatOnAnotherDayAConflict() {
		PersonFile released = Files.isolated().withReleasedOn(ENDS);

		assertThat(ReleaseRules.release(released, ENDS, List.of(), SHANGHAI)).isInstanceOf(Decision.Repeat.class);
		assertThat(ReleaseRules.release(released, ENDS.plusDays(1), List.of(), SHANGHAI))
			.isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void aReleaseIsNotBeforeTheIsolationStarted() {
		assertThat(ReleaseRules.release(Files.isolated(), Files.ISOLATED_ON.minusDays(1), List.of(), SHANGHAI))
			.isInstanceOf(Decision.Invalid.class);
	}

	@Test
	void theFeverWindowStartsThreeDaysBeforeTheRelease() {
		assertThat(ReleaseRules.feverWindowStartsOn(ENDS)).isEqualTo(LocalDate.parse("2020-02-08"));
	}

	private static Reading reading(String shanghaiTime, String celsius) {
		Instant at = java.time.LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
		return new Reading(at, new BigDecimal(celsius));
	}

}
