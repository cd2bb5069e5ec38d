package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFileTest {

	private static final LocalDate DAY = LocalDate.parse("2020-02-05");

	@Test
	void observationEnds14DaysAfterTheLastExposure() {
		assertThat(Files.registered().observationEndsOn()).isEqualTo(LocalDate.parse("2020-02-11"));
	}

	@Test
	void theObservationPeriodIsConfigurable() {
		assertThat(new ObservationPeriod(21).endsOn(Files.LAST_EXPOSURE)).isEqualTo(LocalDate.parse("2020-02-18"));
	}

	@Test
	void observationIsCompleteOnTheDayItEndsNotTheDayBefore() {
		assertThat(ObservationPeriod.completeOn(LocalDate.parse("2020-02-11"), LocalDate.parse("2020-02-10")))
			.isFalse();
		assertThat(ObservationPeriod.completeOn(LocalDate.parse("2020-02-11"), LocalDate.parse("2020-02-11"))).isTrue();
	}

	@Test
	void theStatusFollowsTheFilesFacts() {
		assertThat(Files.registered().status()).isEqualTo(FileStatus.REGISTERED);
		assertThat(Files.isolated().status()).isEqualTo(FileStatus.ISOLATED);
		assertThat(Files.isolated().withSuspectedOn(DAY).status()).isEqualTo(FileStatus.SUSPECTED);
		assertThat(Files.isolated().withSuspectedOn(DAY).withConfirmedOn(DAY).status()).isEqualTo(FileStatus.CONFIRMED);
		assertThat(Files.isolated().withConfirmedOn(DAY).withTransfer("市医院", DAY).status())
			.isEqualTo(FileStatus.TRANSFERRED);
		assertThat(Files.isolated().withReleasedOn(DAY).status()).isEqualTo(FileStatus.RELEASED);
	}

	@Test
	void aSuspicionAfterAReleaseIsTheCurrentStatus() {
		assertThat(Files.isolated().withReleasedOn(DAY).withSuspectedOn(DAY.plusDays(3)).status())
			.isEqualTo(FileStatus.SUSPECTED);
	}

	@Test
	void underObservationMeansIsolatedAndNeitherReleasedNorTransferred() {
		assertThat(Files.registered().underObservation()).isFalse();
		assertThat(Files.isolated().underObservation()).isTrue();
		assertThat(Files.isolated().withSuspectedOn(DAY).underObservation()).isTrue();
		assertThat(Files.isolated().withReleasedOn(DAY).underObservation()).isFalse();
		assertThat(Files.isolated().withConfirmedOn(DAY).withTransfer("市医院", DAY).underObservation()).isFalse();
	}

	@Test
	void personalDataNeverPrintsItsValues() {
		assertThat(Files.PERSON.toString()).doesNotContain("王秀英").doesNotContain("1508").doesNotContain("139");
	}

}
