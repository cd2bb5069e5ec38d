package org.cordon.quarantine.watchlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaysTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aDayInShanghaiStartsAt16hUtcTheDayBefore() {
		assertThat(Days.startOf(LocalDate.parse("2020-02-04"), SHANGHAI))
			.isEqualTo(Instant.parse("2020-02-03T16:00:00Z"));
		assertThat(Days.endOf(LocalDate.parse("2020-02-04"), SHANGHAI))
			.isEqualTo(Instant.parse("2020-02-04T16:00:00Z"));
	}

	@Test
	void theNextDayStartsAtTheNextMidnightOfThePlatformsZone() {
		assertThat(Days.nextStartOfDay(Instant.parse("2020-02-04T15:59:59Z"), SHANGHAI))
			.isEqualTo(Instant.parse("2020-02-04T16:00:00Z"));
		assertThat(Days.nextStartOfDay(Instant.parse("2020-02-04T16:00:00Z"), SHANGHAI))
			.isEqualTo(Instant.parse("2020-02-05T16:00:00Z"));
		assertThat(Days.nextStartOfDay(Instant.parse("2020-02-04T16:00:00Z"), ZoneId.of("UTC")))
			.isEqualTo(Instant.parse("2020-02-05T00:00:00Z"));
	}

}
