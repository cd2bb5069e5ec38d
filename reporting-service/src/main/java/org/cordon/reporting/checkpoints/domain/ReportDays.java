package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day a report counts for: the calendar day, in the platform's time zone, on which
 * its period starts. A night shift from 20:00 to 08:00 counts for the evening it began.
 */
public final class ReportDays {

	private ReportDays() {
	}

	public static LocalDate dayOf(Instant periodStart, ZoneId zone) {
		return LocalDate.ofInstant(periodStart, zone);
	}

}
