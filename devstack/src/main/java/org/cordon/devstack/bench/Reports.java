package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Count reports that never overlap: each checkpoint gets its own sequence of periods.
 */
final class Reports {

	static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

	private Reports() {
	}

	static String json(Instant start, Instant end) {
		return """
				{"reportId":"%s","periodStart":"%s","periodEnd":"%s","vehiclesInspected":1048,"vehiclesInbound":686,\
				"vehiclesTurnedBack":126,"personsChecked":2843,"personsInbound":1651,"personsTurnedBack":17,\
				"trains":21,"trainPassengersArrived":338,"feverDetected":0}""".formatted(UUID.randomUUID(), start, end);
	}

	/**
	 * The n-th one-minute period after a base, for checkpoints that post many reports.
	 * @param base where the sequence starts
	 * @param n the index
	 * @return the report
	 */
	static String minute(Instant base, long n) {
		Instant start = base.plus(Duration.ofMinutes(n));
		return json(start, start.plus(Duration.ofMinutes(1)));
	}

	/**
	 * One hour on a day of its own, so that the stream event it causes (keyed by
	 * checkpoint and day) belongs to this report alone.
	 * @param day the day in the platform zone
	 * @return the report
	 */
	static String onDay(LocalDate day) {
		Instant start = day.atStartOfDay(PLATFORM_ZONE).toInstant().plus(Duration.ofHours(1));
		return json(start, start.plus(Duration.ofHours(1)));
	}

}
