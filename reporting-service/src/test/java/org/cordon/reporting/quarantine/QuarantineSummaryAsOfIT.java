package org.cordon.reporting.quarantine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.TemperatureRecorded;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ViewReadings;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarantine summary as of an instant is the summary the live view answered at that
 * instant: read live while persons are registered, isolated, suspected, confirmed and
 * released, then asked again as of each instant.
 */
@ReportingServiceTest
class QuarantineSummaryAsOfIT {

	static final String SUMMARY = "/api/views/quarantine/summary";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

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
	void asOfEachInstantTheSummaryIsWhatTheLiveSummaryWasThen() {
		ViewReadings read = readings();
		read.read();

		UUID contact = register(PersonCategory.CLOSE_CONTACT);
		this.events.send(isolated(contact, IsolationMode.HOME, this.today.plusDays(10)));
		UUID returnee = register(PersonCategory.RETURNEE_HUBEI);
		this.events.send(isolated(returnee, IsolationMode.CENTRALIZED, this.today.minusDays(1)));
		awaitLive((s) -> count(s, "underObservation") == 2);
		read.read();

		this.events
			.send(new TemperatureRecorded(contact, Instant.now().minusSeconds(60), new BigDecimal("38.1"), true));
		this.events.send(new CaseSuspected(contact, this.today));
		this.events.send(isolated(contact, IsolationMode.HOSPITAL, this.today.plusDays(14)));
		awaitLive((s) -> count(s, "suspected") == 1 && s.get("byMode").get("HOSPITAL").asLong() == 1);
		read.read();

		this.events.send(new CaseConfirmed(contact, this.today));
		this.events.send(new PersonReleased(returnee, this.today));
		awaitLive((s) -> count(s, "confirmed") == 1 && count(s, "released") == 1);
		read.read();

		read.assertEachReadingIsTheViewAsOfItsInstant();
		assertThat(count(read.get(0), "registered")).isZero();
		assertThat(read.get(1).get("byMode").get("HOME").asLong()).isEqualTo(1);
		assertThat(count(read.get(1), "dueForRelease")).isEqualTo(1);
		assertThat(read.get(2).get("byMode").get("HOME").asLong()).as("the latest isolation's mode").isZero();
		assertThat(count(read.get(2), "feverLast24h")).isEqualTo(1);
		assertThat(count(read.get(3), "dueForRelease")).isZero();
	}

	@Test
	void asOfAnInstantBeforeEveryEventNobodyIsOnFile() {
		register(PersonCategory.KEY_CONTACT);
		awaitLive((s) -> count(s, "registered") == 1);

		JsonNode summary = this.api.view(SUMMARY + "?asOf=2000-01-01T00:00:00Z");

		assertThat(List.of(count(summary, "registered"), count(summary, "underObservation"), count(summary, "released"),
				count(summary, "feverLast24h")))
			.containsOnly(0L);
	}

	@Test
	void anAsOfThatIsNotAnInstantWithAnOffsetIsA400NamingIt() {
		this.api.expectInvalid(SUMMARY + "?asOf=yesterday", "asOf");
		this.api.expectInvalid(SUMMARY + "?asOf=2020-02-04T08:00:00", "asOf");
	}

	@Test
	void onlyViewersReadTheSummaryAsOfAnInstant() {
		this.api.expectViewersOnly(SUMMARY + "?asOf=2020-02-04T08:00:00Z");
	}

	private UUID register(PersonCategory category) {
		UUID person = UUID.randomUUID();
		this.events.send(new PersonRegistered(person, this.region, category, "湖北省武汉市", this.today.minusDays(3)));
		return person;
	}

	private PersonIsolated isolated(UUID person, IsolationMode mode, LocalDate observationEndsOn) {
		return new PersonIsolated(person, mode, "临河区某宾馆", this.today.minusDays(3), observationEndsOn, 3);
	}

	private ViewReadings readings() {
		return new ViewReadings(this.api, SUMMARY + "?region=" + this.region);
	}

	private void awaitLive(Predicate<JsonNode> condition) {
		readings().awaitLive(condition);
	}

	private static long count(JsonNode summary, String field) {
		return summary.get(field).asLong();
	}

}
