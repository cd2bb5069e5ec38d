package org.cordon.quarantine.watchlist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WatchlistIT extends QuarantineIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	DailyWatchlist job;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void afternoon() {
		// mid-afternoon in the platform's zone, so "today" holds both earlier and later
		// hours
		this.clock.moveTo(today(), LocalTime.of(15, 0));
	}

	@Test
	void dueForReleaseListsIsolatedPersonsWhoseObservationIsCompleteAndNoOneElse() {
		TestPerson due = this.api.isolated(daysAgo(14), daysAgo(13));
		TestPerson notYet = this.api.isolated(daysAgo(13), daysAgo(12));
		TestPerson suspected = this.api.isolated(daysAgo(20), daysAgo(19));
		suspect(suspected);
		TestPerson released = this.api.isolated(daysAgo(20), daysAgo(19));
		this.api
			.operatorPost(QuarantineApi.path(released.personId(), "release"), QuarantineApi.day("releasedOn", today()))
			.expectStatus()
			.isOk();
		TestPerson notIsolated = this.api.registered(daysAgo(20));
		temperature(due, LocalTime.of(8, 0));

		JsonNode list = list("dueForRelease=true");

		assertThat(ids(list)).contains(due.personId())
			.doesNotContain(notYet.personId(), suspected.personId(), released.personId(), notIsolated.personId());
		JsonNode line = entry(list, due.personId());
		assertThat(line.get("name").asString()).isEqualTo(due.name());
		assertThat(line.get("phone").asString()).isEqualTo(due.phone());
		assertThat(line.get("region").asString()).isEqualTo("临河区");
		assertThat(line.get("mode").asString()).isEqualTo("HOME");
		assertThat(line.get("site").asString()).isEqualTo("新华街道居家隔离");
		assertThat(line.get("observationEndsOn").asString()).isEqualTo(today().toString());
		assertThat(line.get("lastTemperatureAt").asString()).isNotBlank();
	}

	@Test
	void missingTemperatureListsPersonsUnderObservationWithoutAReadingToday() {
		TestPerson missing = this.api.isolated(daysAgo(5), daysAgo(4));
		temperature(missing, LocalTime.of(20, 0), daysAgo(1));
		TestPerson measured = this.api.isolated(daysAgo(5), daysAgo(4));
		temperature(measured, LocalTime.of(0, 5));
		TestPerson suspected = this.api.isolated(daysAgo(5), daysAgo(4));
		suspect(suspected);
		TestPerson notIsolated = this.api.registered(daysAgo(5));

		JsonNode list = list("missingTemperature=true");

		assertThat(ids(list)).contains(missing.personId(), suspected.personId())
			.doesNotContain(measured.personId(), notIsolated.personId());
		assertThat(entry(list, missing.personId()).get("lastTemperatureAt").asString()).isNotBlank();
		assertThat(entry(list, suspected.personId()).get("lastTemperatureAt").isNull()).isTrue();
	}

	@Test
	void theDailyJobRanOnStartUpAndCountsBothListsForTheClocksDay() {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.job.lastDay() != null);
		TestPerson endsTomorrow = this.api.isolated(daysAgo(13), daysAgo(12));

		assertThat(this.job.run().block()).isEqualTo(today());
		assertThat(ids(list("dueForRelease=true"))).doesNotContain(endsTomorrow.personId());
		assertThat(gauge(DailyWatchlist.DUE_FOR_RELEASE)).isEqualTo(list("dueForRelease=true").size());
		assertThat(gauge(DailyWatchlist.MISSING_TEMPERATURE)).isEqualTo(list("missingTemperature=true").size());

		LocalDate tomorrow = today().plusDays(1);
		this.clock.moveTo(tomorrow, LocalTime.of(0, 0, 1));
		assertThat(this.job.run().block()).isEqualTo(tomorrow);

		JsonNode due = list("dueForRelease=true");
		assertThat(ids(due)).contains(endsTomorrow.personId());
		assertThat(gauge(DailyWatchlist.DUE_FOR_RELEASE)).isEqualTo(due.size());
		assertThat(gauge(DailyWatchlist.MISSING_TEMPERATURE)).isEqualTo(list("missingTemperature=true").size());
		assertThat(this.job.lastDay()).isEqualTo(tomorrow);
	}

	@Test
	void aListNeedsExactlyOneFlagAndAnOperator() {
		this.api.get("/api/persons", IdentityTokens.operator())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("dueForRelease");
		this.api.get("/api/persons?dueForRelease=true&missingTemperature=true", IdentityTokens.operator())
			.expectStatus()
			.isBadRequest();
		for (String notABoolean : List.of("maybe", "yes", "1")) {
			this.api.get("/api/persons?dueForRelease=" + notABoolean, IdentityTokens.operator())
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("dueForRelease");
		}
		this.api.get("/api/persons?dueForRelease=false&missingTemperature=true", IdentityTokens.operator())
			.expectStatus()
			.isOk();
		this.api.get("/api/persons?dueForRelease=true", IdentityTokens.viewer()).expectStatus().isForbidden();
		this.api.client().get().uri("/api/persons?dueForRelease=true").exchange().expectStatus().isUnauthorized();
		this.api.get("/api/persons?missingTemperature=true", IdentityTokens.admin()).expectStatus().isOk();
	}

	private JsonNode list(String query) {
		byte[] body = this.api.get("/api/persons?" + query, IdentityTokens.operator())
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private static List<UUID> ids(JsonNode list) {
		return list.valueStream().map((line) -> UUID.fromString(line.get("personId").asString())).toList();
	}

	private static JsonNode entry(JsonNode list, UUID personId) {
		return list.valueStream()
			.filter((line) -> line.get("personId").asString().equals(personId.toString()))
			.findFirst()
			.orElseThrow();
	}

	private double gauge(String name) {
		return this.meters.get(name).gauge().value();
	}

	private void suspect(TestPerson person) {
		this.api.operatorPost(QuarantineApi.path(person.personId(), "suspect"), QuarantineApi.day("on", today()))
			.expectStatus()
			.isOk();
	}

	private void temperature(TestPerson person, LocalTime time) {
		temperature(person, time, today());
	}

	private void temperature(TestPerson person, LocalTime time, LocalDate day) {
		String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atTime(time).atZone(ZoneId.of("Asia/Shanghai")));
		this.api.operatorPost(QuarantineApi.path(person.personId(), "temperatures"), """
				{"at": "%s", "celsius": 36.6}""".formatted(at)).expectStatus().isCreated();
	}

}
