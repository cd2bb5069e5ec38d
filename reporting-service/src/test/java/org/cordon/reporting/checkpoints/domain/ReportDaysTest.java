package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDaysTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aReportBelongsToTheDayItsPeriodStartsOnInThePlatformsZone() {
		assertThat(ReportDays.dayOf(Instant.parse("2020-02-03T16:00:00Z"), SHANGHAI))
			.isEqualTo(LocalDate.parse("2020-02-04"));
	}

	@Test
	void aSecondBeforeMidnightInShanghaiIsStillThePreviousDayThoughUtcShowsTheSameDate() {
		assertThat(ReportDays.dayOf(Instant.parse("2020-02-03T15:59:59Z"), SHANGHAI))
			.isEqualTo(LocalDate.parse("2020-02-03"));
		assertThat(ReportDays.dayOf(Instant.parse("2020-02-03T16:00:00Z"), SHANGHAI))
			.isEqualTo(LocalDate.parse("2020-02-04"));
	}

	@Test
	void theZoneIsConfigurable() {
		assertThat(ReportDays.dayOf(Instant.parse("2020-02-03T16:00:00Z"), ZoneId.of("UTC")))
			.isEqualTo(LocalDate.parse("2020-02-03"));
	}

}
