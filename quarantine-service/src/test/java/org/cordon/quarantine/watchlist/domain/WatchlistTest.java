package org.cordon.quarantine.watchlist.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.quarantine.persons.domain.Files;

import static org.assertj.core.api.Assertions.assertThat;

class WatchlistTest {

	private static final LocalDate ENDS = LocalDate.parse("2020-02-11");

	@Test
	void anIsolatedPersonIsDueForReleaseFromTheDayObservationEnds() {
		assertThat(Watchlist.dueForRelease(Files.isolated(), ENDS.minusDays(1))).isFalse();
		assertThat(Watchlist.dueForRelease(Files.isolated(), ENDS)).isTrue();
		assertThat(Watchlist.dueForRelease(Files.isolated(), ENDS.plusDays(3))).isTrue();
	}

	@Test
	void aPersonNotIsolatedSuspectedConfirmedReleasedOrTransferredIsNotDue() {
		assertThat(Watchlist.dueForRelease(Files.registered(), ENDS)).isFalse();
		assertThat(Watchlist.dueForRelease(Files.isolated().withSuspectedOn(ENDS), ENDS)).isFalse();
		assertThat(Watchlist.dueForRelease(Files.isolated().withConfirmedOn(ENDS), ENDS)).isFalse();
		assertThat(Watchlist.dueForRelease(Files.isolated().withReleasedOn(ENDS), ENDS)).isFalse();
		assertThat(Watchlist.dueForRelease(Files.isolated().withConfirmedOn(ENDS).withTransfer("市医院", ENDS), ENDS))
			.isFalse();
	}

	@Test
	void aPersonUnderObservationWithoutAReadingTodayMissesATemperature() {
		assertThat(Watchlist.missingTemperature(Files.isolated(), false)).isTrue();
		assertThat(Watchlist.missingTemperature(Files.isolated(), true)).isFalse();
		assertThat(Watchlist.missingTemperature(Files.isolated().withSuspectedOn(ENDS), false)).isTrue();
	}

	@Test
	void aPersonNotUnderObservationMissesNothing() {
		assertThat(Watchlist.missingTemperature(Files.registered(), false)).isFalse();
		assertThat(Watchlist.missingTemperature(Files.isolated().withReleasedOn(ENDS), false)).isFalse();
	}

}
