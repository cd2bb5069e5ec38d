package org.cordon.reporting.audit.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuditQueryTest {

	private static final String COUNTS = "cordon.checkpoint.CountsReported.v1";

	private static final String DONATION = "cordon.supply.DonationReceived.v1";

	@Test
	void noParameterAtAllIsTheWholeHistoryOfEveryTopic() {
		AuditQuery query = AuditQuery.read(null, " ", null, "", null);

		assertThat(query).isEqualTo(new AuditQuery(null, null, java.util.Set.of(), null, null));
		assertThat(query.topics()).containsExactly("checkpoint.events", "quarantine.events", "supply.events",
				"inspection.events");
		assertThat(query.admitsTime(Instant.EPOCH)).isTrue();
		assertThat(query.isComplete(Long.MAX_VALUE)).isFalse();
	}

	@Test
	void fromIsInclusiveAndToExclusive() {
		AuditQuery query = AuditQuery.read("2020-02-04T08:00:00+08:00", "2020-02-05T00:00:00Z", null, null, null);

		assertThat(query.from()).isEqualTo(Instant.parse("2020-02-04T00:00:00Z"));
		assertThat(query.admitsTime(Instant.parse("2020-02-03T23:59:59.999999999Z"))).isFalse();
		assertThat(query.admitsTime(Instant.parse("2020-02-04T00:00:00Z"))).isTrue();
		assertThat(query.admitsTime(Instant.parse("2020-02-04T23:59:59.999999Z"))).isTrue();
		assertThat(query.admitsTime(Instant.parse("2020-02-05T00:00:00Z"))).isFalse();
	}

	@Test
	void anOffsetWhosePlusArrivedAsASpaceIsStillRead() {
		AuditQuery query = AuditQuery.read("2020-02-04T08:00:00 08:00", null, null, null, null);

		assertThat(query.from()).isEqualTo(Instant.parse("2020-02-04T00:00:00Z"));
	}

	@Test
	void typesMayBeRepeatedOrListedAndOnlyTheirTopicsAreRead() {
		AuditQuery query = AuditQuery.read(null, null, List.of(DONATION, COUNTS + ", " + COUNTS), null, null);

		assertThat(query.types()).containsExactlyInAnyOrder(COUNTS, DONATION);
		assertThat(query.topics()).containsExactly("checkpoint.events", "supply.events");
		assertThat(query.admitsType(COUNTS)).isTrue();
		assertThat(query.admitsType("cordon.checkpoint.FeverDetected.v1")).isFalse();
	}

	@Test
	void theSubjectIsTheRecordKey() {
		AuditQuery query = AuditQuery.read(null, null, null, " 大白菜 ", null);

		assertThat(query.admitsSubject("大白菜")).isTrue();
		assertThat(query.admitsSubject("大白菜-2")).isFalse();
		assertThat(query.admitsSubject(null)).isFalse();
	}

	@Test
	void theLimitCompletesTheStream() {
		AuditQuery query = AuditQuery.read(null, null, null, null, "3");

		assertThat(query.isComplete(2)).isFalse();
		assertThat(query.isComplete(3)).isTrue();
	}

	@Test
	void instantsWithoutOffsetOrNotInstantsAtAllNameTheirParameter() {
		assertThat(violations("2020-02-04T00:00:00", null, null, null, null)).extracting(Violation::field)
			.containsExactly("from");
		assertThat(violations(null, "2020-02-04", null, null, null)).extracting(Violation::field).containsExactly("to");
		assertThat(violations("yesterday", "soon", null, null, null)).extracting(Violation::field)
			.containsExactly("from", "to");
		assertThat(violations("+999999999-12-31T00:00:00Z", null, null, null, null)).extracting(Violation::field)
			.containsExactly("from");
	}

	@Test
	void fromMustBeBeforeTo() {
		assertThat(violations("2020-02-04T00:00:00Z", "2020-02-04T08:00:00+08:00", null, null, null))
			.containsExactly(new Violation("from", "must be before to"));
		assertThat(violations("2020-02-05T00:00:00Z", "2020-02-04T00:00:00Z", null, null, null))
			.extracting(Violation::field)
			.containsExactly("from");
	}

	@Test
	void anUnknownTypeIsNamed() {
		List<Violation> violations = violations(null, null, List.of(COUNTS, "cordon.checkpoint.CountsReported.v9"),
				null, null);

		assertThat(violations).extracting(Violation::field).containsExactly("type");
		assertThat(violations.get(0).message())
			.startsWith("'cordon.checkpoint.CountsReported.v9' is not an event type");
	}

	@Test
	void theLimitIsAPositiveWholeNumber() {
		for (String limit : List.of("0", "-1", "1.5", "ten", "99999999999999999999")) {
			assertThat(violations(null, null, null, null, limit)).as(limit)
				.extracting(Violation::field)
				.containsExactly("limit");
		}
	}

	@Test
	void aSubjectLongerThanAnyKeyIsRefused() {
		assertThat(violations(null, null, null, "k".repeat(201), null)).extracting(Violation::field)
			.containsExactly("subject");
		assertThat(AuditQuery.read(null, null, null, "k".repeat(200), null).subject()).hasSize(200);
	}

	private static List<Violation> violations(String from, String to, List<String> types, String subject,
			String limit) {
		return catchThrowableOfType(InvalidAuditQuery.class, () -> AuditQuery.read(from, to, types, subject, limit))
			.violations();
	}

}
