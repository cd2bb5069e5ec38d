package org.cordon.reporting.quarantine.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The two time-dependent rules of the summary, fixed for one reading of it.
 * <ul>
 * <li>Observation is complete on its last day and after ({@code today ≥
 * observationEndsOn}), exactly quarantine-service's {@code ObservationPeriod.completeOn}
 * that its due-for-release list uses; "today" is the platform's time zone's.</li>
 * <li>A fever counts in {@code feverLast24h} when it was taken after {@code now − 24 h}.
 * </li>
 * </ul>
 *
 * @param today the current day in the platform's time zone
 * @param feverSince fevers taken after this instant are recent
 */
public record Moment(LocalDate today, Instant feverSince) {

	/** How far back a fever counts as recent. */
	public static final Duration FEVER_WINDOW = Duration.ofHours(24);

	/**
	 * @param now the current instant
	 * @param zone the platform's time zone
	 * @return the moment
	 */
	public static Moment at(Instant now, ZoneId zone) {
		return new Moment(LocalDate.ofInstant(now, zone), now.minus(FEVER_WINDOW));
	}

	/**
	 * @param observationEndsOn the last day of observation
	 * @return whether observation is complete today
	 */
	public boolean observationComplete(LocalDate observationEndsOn) {
		return observationEndsOn != null && !this.today.isBefore(observationEndsOn);
	}

	/**
	 * @param lastFeverAt the latest fever's instant, or null
	 * @return whether it falls in the last 24 hours
	 */
	public boolean recentFever(Instant lastFeverAt) {
		return lastFeverAt != null && lastFeverAt.isAfter(this.feverSince);
	}

}
