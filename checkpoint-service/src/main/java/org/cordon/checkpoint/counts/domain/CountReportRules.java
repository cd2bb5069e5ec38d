package org.cordon.checkpoint.counts.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * What makes a count report valid (API.md): a period of at most a day that has ended, and
 * figures that fit together.
 */
public final class CountReportRules {

	public static final int MAX_COUNT = 1_000_000;

	public static final Duration MAX_PERIOD = Duration.ofHours(24);

	/**
	 * How finely a period's instants count: the database keeps microseconds. Finer digits
	 * are dropped where a report comes in, before any rule sees it; kept, they made a
	 * report sent again with the same instants miss its period on file (stored rounded)
	 * and meet it as an overlap.
	 */
	public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

	private CountReportRules() {
	}

	/**
	 * @param instant an instant as sent, or null
	 * @return the instant as it counts and is kept, or null
	 */
	public static Instant kept(Instant instant) {
		return (instant != null) ? instant.truncatedTo(PRECISION) : null;
	}

	/**
	 * Every rule the report breaks.
	 * @param periodStart when the period began (may be null)
	 * @param periodEnd when it ended (may be null)
	 * @param counts the figures
	 * @param now the current instant
	 * @return the violations, empty when the report is valid
	 */
	public static List<Violation> check(Instant periodStart, Instant periodEnd, Counts counts, Instant now) {
		Violations violations = new Violations();
		boolean bothEnds = violations.present(periodStart, "periodStart") & violations.present(periodEnd, "periodEnd");
		if (bothEnds) {
			violations.check(periodEnd.isAfter(periodStart), "periodEnd", "must be after periodStart");
			violations.check(Duration.between(periodStart, periodEnd).compareTo(MAX_PERIOD) <= 0, "periodEnd",
					"must be at most 24 hours after periodStart");
			violations.notInFuture(periodEnd, "periodEnd", now);
		}
		violations.range(counts.vehiclesInspected(), "vehiclesInspected", 0, MAX_COUNT)
			.range(counts.vehiclesInbound(), "vehiclesInbound", 0, MAX_COUNT)
			.range(counts.vehiclesTurnedBack(), "vehiclesTurnedBack", 0, MAX_COUNT)
			.range(counts.personsChecked(), "personsChecked", 0, MAX_COUNT)
			.range(counts.personsInbound(), "personsInbound", 0, MAX_COUNT)
			.range(counts.personsTurnedBack(), "personsTurnedBack", 0, MAX_COUNT)
			.range(counts.trains(), "trains", 0, MAX_COUNT)
			.range(counts.trainPassengersArrived(), "trainPassengersArrived", 0, MAX_COUNT)
			.range(counts.feverDetected(), "feverDetected", 0, MAX_COUNT);
		violations
			.check(counts.vehiclesInbound() <= counts.vehiclesInspected(), "vehiclesInbound",
					"must not exceed vehiclesInspected")
			.check(counts.vehiclesTurnedBack() <= counts.vehiclesInbound(), "vehiclesTurnedBack",
					"must not exceed vehiclesInbound")
			.check(counts.personsInbound() <= counts.personsChecked(), "personsInbound",
					"must not exceed personsChecked")
			.check((long) counts.personsTurnedBack() <= (long) counts.personsInbound()
					+ counts.trainPassengersArrived(), "personsTurnedBack",
					"must not exceed personsInbound + trainPassengersArrived")
			.check((long) counts.feverDetected() <= (long) counts.personsChecked() + counts.trainPassengersArrived(),
					"feverDetected", "must not exceed personsChecked + trainPassengersArrived");
		return violations.list();
	}

}
