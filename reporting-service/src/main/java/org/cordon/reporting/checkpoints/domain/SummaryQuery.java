package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cordon.platform.rules.Violations;
import org.cordon.reporting.views.domain.AsOfInstant;

/**
 * What a summary is asked for: a range of days, optionally one region or one checkpoint,
 * optionally as of an instant.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param region only checkpoints of this region, or null for all
 * @param checkpointId only this checkpoint, or null for all
 * @param asOf only the events whose time is at or before this instant, or null for all
 * the view has applied
 */
public record SummaryQuery(LocalDate from, LocalDate to, String region, UUID checkpointId, Instant asOf) {

	/**
	 * A query of the live totals, not as of an instant.
	 * @param from the first day, inclusive
	 * @param to the last day, inclusive
	 * @param region only checkpoints of this region, or null for all
	 * @param checkpointId only this checkpoint, or null for all
	 */
	public SummaryQuery(LocalDate from, LocalDate to, String region, UUID checkpointId) {
		this(from, to, region, checkpointId, null);
	}

	/** A year, leap day included: the longest range one request may sum. */
	public static final int MAX_DAYS = 366;

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	public int days() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/**
	 * Reads the query parameters as a client wrote them. Without {@code to} the range
	 * ends today; without {@code from} it starts where it ends, so no parameter at all
	 * means today.
	 * @param from {@code YYYY-MM-DD} or null
	 * @param to {@code YYYY-MM-DD} or null
	 * @param region a region name, or null or blank for all
	 * @param checkpointId a UUID, or null or blank for all
	 * @param today the current day in the platform's time zone
	 * @return the query
	 * @throws InvalidQuery naming every offending parameter
	 */
	public static SummaryQuery read(String from, String to, String region, String checkpointId, LocalDate today) {
		return read(from, to, region, checkpointId, null, today);
	}

	/**
	 * Reads the query parameters as a client wrote them, {@code asOf} included.
	 * @param from {@code YYYY-MM-DD} or null
	 * @param to {@code YYYY-MM-DD} or null
	 * @param region a region name, or null or blank for all
	 * @param checkpointId a UUID, or null or blank for all
	 * @param asOf an RFC 3339 date-time with its offset, or null or blank for the live
	 * totals
	 * @param today the current day in the platform's time zone
	 * @return the query
	 * @throws InvalidQuery naming every offending parameter
	 */
	public static SummaryQuery read(String from, String to, String region, String checkpointId, String asOf,
			LocalDate today) {
		Violations violations = new Violations();
		LocalDate last = isBlank(to) ? today : date(to, "to", violations);
		LocalDate first = isBlank(from) ? last : date(from, "from", violations);
		if (first != null && last != null) {
			violations.check(!first.isAfter(last), "from", "must not be after to");
			violations.check(ChronoUnit.DAYS.between(first, last) < MAX_DAYS, "to",
					"must be less than " + MAX_DAYS + " days after from");
		}
		UUID checkpoint = null;
		if (!isBlank(checkpointId)) {
			if (UUID_TEXT.matcher(checkpointId.strip()).matches()) {
				checkpoint = UUID.fromString(checkpointId.strip());
			}
			else {
				violations.add("checkpointId", "must be a UUID");
			}
		}
		Instant instant = AsOfInstant.read(asOf, violations);
		if (!violations.isEmpty()) {
			throw new InvalidQuery(violations.list());
		}
		return new SummaryQuery(first, last, isBlank(region) ? null : region.strip(), checkpoint, instant);
	}

	private static LocalDate date(String text, String field, Violations violations) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date YYYY-MM-DD");
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
