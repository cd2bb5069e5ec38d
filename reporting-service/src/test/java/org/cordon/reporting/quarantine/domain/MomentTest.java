package org.cordon.reporting.quarantine.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MomentTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 00:30 on 18 February 2020 in Shanghai, still the 17th in UTC. */
	static final Instant NOW = Instant.parse("2020-02-17T16:30:00Z");

	final Moment moment = Moment.at(NOW, SHANGHAI);

	@Test
	void todayIsTheDayInThePlatformsTimeZone() {
		assertThat(this.moment.today()).isEqualTo(LocalDate.of(2020, 2, 18));
	}

	@Test
	void observationIsCompleteOnItsLastDayAndAfterButNotBefore() {
		assertThat(this.moment.observationComplete(LocalDate.of(2020, 2, 18))).isTrue();
		assertThat(this.moment.observationComplete(LocalDate.of(2020, 2, 10))).isTrue();
		assertThat(this.moment.observationComplete(LocalDate.of(2020, 2, 19))).isFalse();
		assertThat(this.moment.observationComplete(null)).isFalse();
	}

	@Test
	void aFeverCountsAsRecentForTwentyFourHoursOnly() {
		assertThat(this.moment.recentFever(NOW.minusSeconds(60))).isTrue();
		assertThat(this.moment.recentFever(NOW.minusSeconds(24 * 3600 - 1))).isTrue();
		assertThat(this.moment.recentFever(NOW.minusSeconds(24 * 3600))).isFalse();
		assertThat(this.moment.recentFever(NOW.minusSeconds(25 * 3600))).isFalse();
		assertThat(this.moment.recentFever(null)).isFalse();
	}

}
