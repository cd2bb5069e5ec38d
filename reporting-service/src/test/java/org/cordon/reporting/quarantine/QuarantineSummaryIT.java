package org.cordon.reporting.quarantine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.quarantine.TemperatureRecorded;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.EventsProducer.Sent;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApi.Received;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The quarantine summary from events published on {@code quarantine.events}. Every test
 * works in regions of its own, since the view is shared by every test of the suite.
 */
@ReportingServiceTest
class QuarantineSummaryIT {

	static final String SUMMARY = "/api/views/quarantine/summary";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	MeterRegistry meters;

	ReportingApi api;

	EventsProducer events;

	String region;

	LocalDate today;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.region = "临河区-" + UUID.randomUUID();
		this.today = LocalDate.now(SHANGHAI);
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void aPersonMovesFromIsolationThroughSuspicionAndConfirmationToATransferAndAnotherIsReleased() {
		UUID contact = register(PersonCategory.CLOSE_CONTACT);
		this.events.send(isolated(contact, IsolationMode.HOME, this.today.plusDays(10)));
		JsonNode isolated = awaitSummary((s) -> count(s, "underObservation") == 1);
		assertThat(isolated.get("byMode").get("HOME").asLong()).isEqualTo(1);
		assertThat(count(isolated, "dueForRelease")).as("observation ends in 10 days").isZero();

		this.events.send(new CaseSuspected(contact, this.today));
		JsonNode suspected = awaitSummary((s) -> count(s, "suspected") == 1);
		assertThat(count(suspected, "underObservation")).as("a suspected person in isolation is observed").isEqualTo(1);

		this.events.send(new CaseConfirmed(contact, this.today));
		JsonNode confirmed = awaitSummary((s) -> count(s, "confirmed") == 1);
		assertThat(count(confirmed, "suspected")).as("suspected now and not confirmed").isZero();
		assertThat(count(confirmed, "underObservation")).isEqualTo(1);

		this.events.send(new PersonTransferred(contact, "巴彦淖尔市医院", this.today));
		JsonNode transferred = awaitSummary((s) -> count(s, "transferred") == 1);
		assertThat(count(transferred, "underObservation")).isZero();
		assertThat(transferred.get("byMode").get("HOME").asLong()).isZero();
		assertThat(count(transferred, "confirmed")).as("cumulative").isEqualTo(1);

		UUID returnee = register(PersonCategory.RETURNEE_HUBEI);
		this.events.send(isolated(returnee, IsolationMode.CENTRALIZED, this.today.minusDays(1)));
		JsonNode due = awaitSummary((s) -> count(s, "dueForRelease") == 1);
		assertThat(due.get("byMode").get("CENTRALIZED").asLong()).isEqualTo(1);

		this.events.send(new PersonReleased(returnee, this.today));
		JsonNode summary = awaitSummary((s) -> count(s, "released") == 1);

		assertThat(count(summary, "registered")).isEqualTo(2);
		assertThat(count(summary, "underObservation")).isZero();
		assertThat(count(summary, "dueForRelease")).isZero();
		assertThat(count(summary, "suspected")).isZero();
		assertThat(count(summary, "confirmed")).isEqualTo(1);
		assertThat(count(summary, "transferred")).isEqualTo(1);
		assertThat(summary.get("byMode").properties()).hasSize(3);
		JsonNode byCategory = summary.get("byCategory");
		assertThat(byCategory.propertyNames()).containsExactly("RETURNEE_HUBEI", "RETURNEE_OUT_OF_PROVINCE",
				"RETURNEE_OUT_OF_CITY", "CLOSE_CONTACT", "KEY_CONTACT", "FEVER_REFERRAL");
		assertThat(byCategory.get("CLOSE_CONTACT").asLong()).isEqualTo(1);
		assertThat(byCategory.get("RETURNEE_HUBEI").asLong()).isEqualTo(1);
		assertThat(byCategory.get("FEVER_REFERRAL").asLong()).isZero();
	}

	@Test
	void onlyFeversOfTheLast24HoursCount() {
		Instant now = Instant.now();
		UUID recent = register(PersonCategory.FEVER_REFERRAL);
		this.events.send(reading(recent, now.minus(Duration.ofHours(1)), "38.2"));
		this.events.send(reading(recent, now.minus(Duration.ofHours(30)), "38.9"));
		UUID old = register(PersonCategory.FEVER_REFERRAL);
		this.events.send(reading(old, now.minus(Duration.ofHours(25)), "37.8"));
		UUID normal = register(PersonCategory.FEVER_REFERRAL);
		this.events.send(reading(normal, now.minus(Duration.ofHours(1)), "36.6"));
		// a person's events come in order: once each is isolated, the readings before
		// were applied
		for (UUID person : List.of(recent, old, normal)) {
			this.events.send(isolated(person, IsolationMode.HOSPITAL, this.today.plusDays(14)));
		}

		JsonNode summary = awaitSummary((s) -> count(s, "underObservation") == 3);

		assertThat(count(summary, "feverLast24h")).isEqualTo(1);
	}

	@Test
	void aRegionsSummaryCountsOnlyItsPersonsAndTheCitysCountsEveryRegion() {
		String other = "五原县-" + UUID.randomUUID();
		register(PersonCategory.KEY_CONTACT);
		UUID elsewhere = UUID.randomUUID();
		this.events.send(new PersonRegistered(elsewhere, other, PersonCategory.KEY_CONTACT, "武汉市", this.today));
		this.events.send(new PersonRegistered(UUID.randomUUID(), other, PersonCategory.KEY_CONTACT, "武汉市", this.today));

		awaitSummary((s) -> count(s, "registered") == 1);
		JsonNode otherSummary = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(SUMMARY + "?region=" + other), (s) -> count(s, "registered") == 2);
		JsonNode city = this.api.view(SUMMARY);

		assertThat(otherSummary.get("byCategory").get("KEY_CONTACT").asLong()).isEqualTo(2);
		assertThat(count(city, "registered")).isGreaterThanOrEqualTo(3);
		assertThat(count(this.api.view(SUMMARY + "?region="), "registered")).as("a blank region is the whole city")
			.isGreaterThanOrEqualTo(3);
		assertThat(this.api.view(SUMMARY + "?region=" + UUID.randomUUID()).get("registered").asLong())
			.as("a region without persons")
			.isZero();
	}

	@Test
	void theSameEventsDeliveredAgainUnderTheirCeIdsChangeNothing() {
		UUID person = UUID.randomUUID();
		List<Sent> sent = new ArrayList<>();
		for (DomainEvent event : List.of(
				new PersonRegistered(person, this.region, PersonCategory.RETURNEE_OUT_OF_CITY, "呼和浩特市", this.today),
				isolated(person, IsolationMode.HOME, this.today), reading(person, Instant.now(), "37.6"),
				new CaseSuspected(person, this.today))) {
			sent.add(this.events.send(event));
		}
		JsonNode applied = awaitSummary((s) -> count(s, "suspected") == 1);
		double duplicatesBefore = duplicates();

		sent.forEach((s) -> this.events.send(s.event(), s.eventId()));

		await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + sent.size());
		assertThat(this.api.view(SUMMARY + "?region=" + this.region)).isEqualTo(applied);
		assertThat(count(applied, "registered")).isEqualTo(1);
		assertThat(count(applied, "feverLast24h")).isEqualTo(1);
	}

	@Test
	void theStreamStartsWithTheCitysSummaryThenSendsTheNewSummariesOfTheRegionTouchedAndOfTheCity() {
		try (EventStream stream = this.api.stream("quarantine", null)) {
			Received snapshot = await().atMost(Duration.ofSeconds(10))
				.until(stream::events, (events) -> !events.isEmpty())
				.get(0);
			assertThat(snapshot.event().event()).isEqualTo("snapshot");
			assertThat(snapshot.data().get("view").asString()).isEqualTo("quarantine");
			assertThat(snapshot.data().has("registered")).isTrue();
			assertThat(snapshot.data().get("byCategory").has("CLOSE_CONTACT")).isTrue();

			register(PersonCategory.CLOSE_CONTACT);

			Received regional = await().atMost(Duration.ofSeconds(10))
				.until(() -> changesOf(stream, this.region), (changes) -> !changes.isEmpty())
				.get(0);
			assertThat(regional.data().get("summary").get("registered").asLong()).isEqualTo(1);
			assertThat(regional.id()).isGreaterThan(snapshot.id());
			Received city = await().atMost(Duration.ofSeconds(10))
				.until(() -> changesOf(stream, null).stream().filter((change) -> change.id() > regional.id()).toList(),
						(changes) -> !changes.isEmpty())
				.get(0);
			assertThat(city.data().get("summary").get("registered").asLong())
				.isGreaterThanOrEqualTo(snapshot.data().get("registered").asLong() + 1);
		}
	}

	@Test
	void aRegionLongerThanAnyRegionIsA400NamingIt() {
		this.api.expectInvalid(SUMMARY + "?region=" + "区".repeat(101), "region");
	}

	@Test
	void onlyViewersReadTheSummary() {
		this.api.expectViewersOnly(SUMMARY);
	}

	private UUID register(PersonCategory category) {
		UUID person = UUID.randomUUID();
		this.events.send(new PersonRegistered(person, this.region, category, "湖北省武汉市", this.today.minusDays(3)));
		return person;
	}

	private PersonIsolated isolated(UUID person, IsolationMode mode, LocalDate observationEndsOn) {
		return new PersonIsolated(person, mode, "临河区某宾馆", this.today.minusDays(3), observationEndsOn, 3);
	}

	private static TemperatureRecorded reading(UUID person, Instant at, String celsius) {
		BigDecimal value = new BigDecimal(celsius);
		return new TemperatureRecorded(person, at, value, value.compareTo(new BigDecimal("37.3")) >= 0);
	}

	private JsonNode awaitSummary(Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(SUMMARY + "?region=" + this.region), condition::test);
	}

	private static long count(JsonNode summary, String field) {
		return summary.get(field).asLong();
	}

	private double duplicates() {
		return this.meters.counter("cordon.reporting.events.duplicate").count();
	}

	private static List<Received> changesOf(EventStream stream, String region) {
		return stream.changes("quarantine").stream().filter((change) -> {
			JsonNode named = change.data().get("region");
			return (region == null) ? named.isNull() : region.equals(named.asString());
		}).toList();
	}

}
