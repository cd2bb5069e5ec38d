package org.cordon.reporting.audit.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cordon.contracts.EventCatalog;
import org.cordon.contracts.EventType;
import org.cordon.contracts.checkpoint.CheckpointEvents;
import org.cordon.contracts.inspection.InspectionEvents;
import org.cordon.contracts.quarantine.QuarantineEvents;
import org.cordon.contracts.supply.SupplyEvents;
import org.cordon.platform.rules.Violations;

/**
 * What an auditor asks of the history: the events whose time is in {@code [from, to)}, of
 * some types, of one subject, the oldest {@code limit} of them. Every part is optional;
 * none at all means the whole history.
 *
 * @param from the earliest time, inclusive; null for the beginning
 * @param to the time the events must be before, exclusive; null for now
 * @param types the event types to keep; empty for all
 * @param subject the aggregate whose events to keep (the record key); null for all
 * @param limit at most this many events; null for all
 */
public record AuditQuery(Instant from, Instant to, Set<String> types, String subject, Long limit) {

	/** Every context's topic: the whole history. */
	public static final List<String> TOPICS = List.of(CheckpointEvents.TOPIC, QuarantineEvents.TOPIC,
			SupplyEvents.TOPIC, InspectionEvents.TOPIC);

	/** The longest subject a query may name; record keys are ids, SKUs and names. */
	public static final int MAX_SUBJECT_LENGTH = 200;

	private static final String INSTANT = "must be an RFC 3339 instant with offset, e.g. 2020-02-01T00:00:00+08:00";

	public AuditQuery {
		types = Set.copyOf(types);
	}

	/**
	 * Reads the query parameters as a client wrote them.
	 * @param from an RFC 3339 instant with offset, or null or blank
	 * @param to an RFC 3339 instant with offset, or null or blank
	 * @param types event type names, each may also list several separated by commas; or
	 * null
	 * @param subject an aggregate id, or null or blank
	 * @param limit a positive whole number, or null or blank
	 * @return the query
	 * @throws InvalidAuditQuery naming every offending parameter
	 */
	public static AuditQuery read(String from, String to, List<String> types, String subject, String limit) {
		Violations violations = new Violations();
		Instant first = isBlank(from) ? null : instant(from, "from", violations);
		Instant end = isBlank(to) ? null : instant(to, "to", violations);
		if (first != null && end != null) {
			violations.check(first.isBefore(end), "from", "must be before to");
		}
		Set<String> typeNames = typeNames(types, violations);
		String key = isBlank(subject) ? null : subject.strip();
		if (key != null) {
			violations.check(key.length() <= MAX_SUBJECT_LENGTH, "subject",
					"must be at most " + MAX_SUBJECT_LENGTH + " characters");
		}
		Long most = isBlank(limit) ? null : limit(limit.strip(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidAuditQuery(violations.list());
		}
		return new AuditQuery(first, end, typeNames, key, most);
	}

	/**
	 * The topics that may hold what is asked for: those of the requested types, or all.
	 * @return topics, in the order of {@link #TOPICS}
	 */
	public List<String> topics() {
		if (this.types.isEmpty()) {
			return TOPICS;
		}
		Set<String> holding = new LinkedHashSet<>();
		for (String type : this.types) {
			EventCatalog.byName(type).map(EventType::topic).ifPresent(holding::add);
		}
		return TOPICS.stream().filter(holding::contains).toList();
	}

	/**
	 * @param type an event's {@code ce_type}
	 * @return true when the query keeps events of that type
	 */
	public boolean admitsType(String type) {
		return this.types.isEmpty() || this.types.contains(type);
	}

	/**
	 * @param key a record's key
	 * @return true when the query keeps events of that subject
	 */
	public boolean admitsSubject(String key) {
		return this.subject == null || this.subject.equals(key);
	}

	/**
	 * @param time an event's {@code ce_time}
	 * @return true when it is at or after {@code from} and before {@code to}
	 */
	public boolean admitsTime(Instant time) {
		return (this.from == null || !time.isBefore(this.from)) && (this.to == null || time.isBefore(this.to));
	}

	/**
	 * @param emitted how many events were streamed so far
	 * @return true once the limit is reached
	 */
	public boolean isComplete(long emitted) {
		return this.limit != null && emitted >= this.limit;
	}

	private static Instant instant(String text, String field, Violations violations) {
		// a '+' written unencoded in a query string arrives as a space; an instant holds
		// no space otherwise, so it can only have been the offset's sign
		String written = text.strip().replace(' ', '+');
		if (written.startsWith("+") || written.startsWith("-")) {
			// RFC 3339 years have four digits; a signed, longer year is not one
			violations.add(field, INSTANT);
			return null;
		}
		try {
			return OffsetDateTime.parse(written).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, INSTANT);
			return null;
		}
	}

	private static Set<String> typeNames(List<String> types, Violations violations) {
		Set<String> names = new LinkedHashSet<>();
		if (types == null) {
			return names;
		}
		for (String parameter : types) {
			for (String name : parameter.split(",")) {
				String type = name.strip();
				if (type.isEmpty()) {
					continue;
				}
				if (EventCatalog.byName(type).isPresent()) {
					names.add(type);
				}
				else {
					violations.add("type", "'" + abbreviated(type)
							+ "' is not an event type; write one such as cordon.checkpoint.CountsReported.v1");
				}
			}
		}
		return names;
	}

	private static Long limit(String text, Violations violations) {
		try {
			long most = Long.parseLong(text);
			if (most > 0) {
				return most;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		violations.add("limit", "must be a positive whole number");
		return null;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 100) ? text : text.substring(0, 100) + "…";
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
