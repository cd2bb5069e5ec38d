package org.cordon.reporting.inspections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.EventsProducer.Sent;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApi.Received;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspection ledger from events published on {@code inspection.events}. Every test
 * works in regions of its own, since the view is shared by every test of the suite.
 */
@ReportingServiceTest
class InspectionLedgerIT {

	static final String LEDGER = "/api/views/inspections/ledger";

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	MeterRegistry meters;

	ReportingApi api;

	EventsProducer events;

	String region;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.region = "临河区-" + UUID.randomUUID();
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void theLedgerCountsFoundRectifiedInProgressAndOverdueByRegionAndAccountabilityByKind() {
		String other = "五原县-" + UUID.randomUUID();
		UUID onTime = found(this.region);
		this.events.send(new IssueRectified(onTime, FEB_4.plusDays(1), "已设置测温点"));
		UUID late = found(this.region);
		this.events.send(overdue(late));
		found(this.region);
		UUID lateButDone = found(this.region);
		this.events.send(overdue(lateButDone));
		this.events.send(new IssueRectified(lateButDone, FEB_4.plusDays(6), "已整改"));
		UUID elsewhere = found(other);
		this.events.send(action(late, AccountabilityKind.ADMONITION_TALK));
		this.events.send(action(null, AccountabilityKind.DISMISSAL));
		this.events.send(action(elsewhere, AccountabilityKind.PUBLIC_CRITICISM));

		JsonNode ledger = awaitLedger(this.region, (l) -> count(l, "found") == 4 && count(l, "rectified") == 2
				&& count(l, "overdue") == 1 && l.get("accountability").get("ADMONITION_TALK").asLong() == 1);

		assertThat(count(ledger, "inProgress")).isEqualTo(2);
		assertThat(ledger.get("byRegion")).hasSize(1);
		JsonNode row = ledger.get("byRegion").get(0);
		assertThat(row.get("region").asString()).isEqualTo(this.region);
		assertThat(
				List.of(count(row, "found"), count(row, "rectified"), count(row, "inProgress"), count(row, "overdue")))
			.containsExactly(4L, 2L, 2L, 1L);
		assertThat(ledger.get("accountability").propertyNames()).containsExactly("DISMISSAL", "ADMONITION_TALK",
				"REMINDER_TALK", "PUBLIC_CRITICISM", "DISCIPLINARY_SANCTION", "ORGANISATIONAL_HANDLING");
		assertThat(ledger.get("accountability").get("DISMISSAL").asLong()).as("an action on no issue is in no region")
			.isZero();
		assertThat(ledger.get("accountability").get("PUBLIC_CRITICISM").asLong()).isZero();

		JsonNode otherLedger = awaitLedger(other, (l) -> l.get("accountability").get("PUBLIC_CRITICISM").asLong() == 1);
		assertThat(
				List.of(count(otherLedger, "found"), count(otherLedger, "inProgress"), count(otherLedger, "overdue")))
			.containsExactly(1L, 1L, 0L);

		JsonNode city = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(LEDGER), (l) -> l.get("accountability").get("DISMISSAL").asLong() >= 1);
		assertThat(count(city, "found")).isEqualTo(count(city, "rectified") + count(city, "inProgress"));
		assertThat(count(city, "found")).isGreaterThanOrEqualTo(5);
		assertThat(rowOf(city, this.region)).contains(row);
		assertThat(rowOf(city, other)).contains(otherLedger.get("byRegion").get(0));
	}

	@Test
	void theSameEventsDeliveredAgainUnderTheirCeIdsChangeNothing() {
		UUID issue = UUID.randomUUID();
		UUID open = UUID.randomUUID();
		List<Sent> sent = new ArrayList<>();
		for (DomainEvent event : List.of(issueFound(issue, this.region), overdue(issue),
				new IssueRectified(issue, FEB_4.plusDays(5), null), issueFound(open, this.region),
				action(issue, AccountabilityKind.REMINDER_TALK))) {
			sent.add(this.events.send(event));
		}
		JsonNode applied = awaitLedger(this.region, (l) -> count(l, "found") == 2 && count(l, "rectified") == 1
				&& l.get("accountability").get("REMINDER_TALK").asLong() == 1);
		double duplicatesBefore = duplicates();

		sent.forEach((s) -> this.events.send(s.event(), s.eventId()));

		await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + sent.size());
		assertThat(this.api.view(LEDGER + "?region=" + this.region)).isEqualTo(applied);
		assertThat(count(applied, "inProgress")).isEqualTo(1);
		assertThat(count(applied, "overdue")).isZero();
	}

	@Test
	void theStreamStartsWithTheLedgerThenSendsTheTotalsAndTheLinesOfTheRegionsTouched() {
		try (EventStream stream = this.api.stream("inspections", null)) {
			Received snapshot = await().atMost(Duration.ofSeconds(10))
				.until(stream::events, (events) -> !events.isEmpty())
				.get(0);
			assertThat(snapshot.event().event()).isEqualTo("snapshot");
			assertThat(snapshot.data().get("view").asString()).isEqualTo("inspections");
			assertThat(snapshot.data().has("found")).isTrue();
			assertThat(snapshot.data().get("byRegion").isArray()).isTrue();
			assertThat(snapshot.data().get("accountability").has("DISMISSAL")).isTrue();

			found(this.region);

			Received change = await().atMost(Duration.ofSeconds(10))
				.until(() -> stream.changes("inspections")
					.stream()
					.filter((c) -> rowOf(c.data(), this.region).isPresent())
					.toList(), (changes) -> !changes.isEmpty())
				.get(0);
			assertThat(change.data().get("byRegion")).hasSize(1);
			assertThat(count(rowOf(change.data(), this.region).get(), "found")).isEqualTo(1);
			assertThat(count(change.data(), "found")).isGreaterThanOrEqualTo(count(snapshot.data(), "found") + 1);
			assertThat(change.data().get("accountability").properties()).hasSize(6);
			assertThat(change.id()).isGreaterThan(snapshot.id());
		}
	}

	@Test
	void aRegionWithControlCharactersIsA400NamingIt() {
		this.api.expectInvalid(LEDGER + "?region=临河\u0007区", "region");
	}

	@Test
	void onlyViewersReadTheLedger() {
		this.api.expectViewersOnly(LEDGER);
	}

	private UUID found(String region) {
		UUID issue = UUID.randomUUID();
		this.events.send(issueFound(issue, region));
		return issue;
	}

	private static IssueFound issueFound(UUID issue, String region) {
		return new IssueFound(issue, "市第一督查组", region, "某超市", "某超市", "未按要求测温登记", "入口未设测温点", FEB_4, FEB_4.plusDays(2));
	}

	private static IssueOverdue overdue(UUID issue) {
		return new IssueOverdue(issue, FEB_4.plusDays(2), FEB_4.plusDays(3));
	}

	private static AccountabilityImposed action(UUID issue, AccountabilityKind kind) {
		return new AccountabilityImposed(UUID.randomUUID(), issue, "某镇党委副书记", kind, FEB_4.plusDays(4));
	}

	private JsonNode awaitLedger(String region, Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(LEDGER + "?region=" + region), condition::test);
	}

	private static Optional<JsonNode> rowOf(JsonNode ledger, String region) {
		return StreamSupport.stream(ledger.get("byRegion").spliterator(), false)
			.filter((row) -> region.equals(row.get("region").asString()))
			.findFirst();
	}

	private static long count(JsonNode node, String field) {
		return node.get(field).asLong();
	}

	private double duplicates() {
		return this.meters.counter("cordon.reporting.events.duplicate").count();
	}

}
