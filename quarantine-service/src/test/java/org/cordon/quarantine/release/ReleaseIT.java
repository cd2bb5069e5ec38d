package org.cordon.quarantine.release;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseIT extends QuarantineIntegrationTest {

	@Test
	void anEarlyReleaseIsRefusedWithTheReasonAndAReleaseAfterTheObservationIsAnnounced() {
		TestPerson person = this.api.isolated(daysAgo(16), daysAgo(15));
		LocalDate ends = daysAgo(16).plusDays(14);

		release(person, ends.minusDays(1)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("not complete").contains(ends.toString()));
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");

		release(person, ends).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RELEASED")
			.jsonPath("$.result")
			.isEqualTo("APPLIED");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		assertThat(records).hasSize(3);
		QuarantineApi.assertAnnounced(records.get(2), person.personId(), "cordon.quarantine.PersonReleased.v1");
		assertThat(TopicRecords.value(records.get(2))).contains("\"releasedOn\":\"" + ends + "\"");
		this.api.file(person.personId()).expectBody().jsonPath("$.releasedOn").isEqualTo(ends.toString());
	}

	@Test
	void aFeverInTheLastThreeDaysKeepsThePersonInIsolation() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(19));
		temperature(person, 2, "37.5");

		release(person, today()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("fever of 37.5").contains(daysAgo(2).toString()));

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "TemperatureRecorded.v1");
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("ISOLATED");
	}

	@Test
	void aFeverExtendsNothingOnceThreeDaysHavePassed() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(19));
		temperature(person, 5, "38.2");
		temperature(person, 1, "36.5");

		release(person, today()).expectStatus().isOk();

		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.observationEndsOn")
			.isEqualTo(daysAgo(20).plusDays(14).toString());
	}

	@Test
	void aSuspectedCaseIsNotReleased() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(19));
		this.api.operatorPost(QuarantineApi.path(person.personId(), "suspect"), QuarantineApi.day("on", daysAgo(1)))
			.expectStatus()
			.isOk();

		release(person, today()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("suspected case"));
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseSuspected.v1");
	}

	@Test
	void aReleaseRepeatedOnTheSameDayAnswers200AndPublishesNothingOnAnotherDayIsAConflict() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(19));
		release(person, daysAgo(1)).expectStatus().isOk();

		release(person, daysAgo(1)).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("DUPLICATE");
		release(person, today()).expectStatus().isEqualTo(409);

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "PersonReleased.v1");
	}

	@Test
	void aReleaseBeforeTheIsolationOrAfterTodayIsRefusedNamingReleasedOn() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(2));

		for (LocalDate day : List.of(daysAgo(3), today().plusDays(1))) {
			release(person, day).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("releasedOn");
		}
		this.api.operatorPost(QuarantineApi.path(person.personId(), "release"), "{}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("releasedOn");
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	@Test
	void aPersonNeverIsolatedIsNotReleasedAndOnlyOperatorsRelease() {
		TestPerson person = this.api.registered(daysAgo(20));
		release(person, today()).expectStatus().isEqualTo(409);

		TestPerson isolated = this.api.isolated(daysAgo(20), daysAgo(19));
		this.api
			.post(QuarantineApi.path(isolated.personId(), "release"), IdentityTokens.viewer(),
					QuarantineApi.day("releasedOn", today()))
			.expectStatus()
			.isForbidden();
		this.api
			.anonymousPost(QuarantineApi.path(isolated.personId(), "release"), QuarantineApi.day("releasedOn", today()))
			.expectStatus()
			.isUnauthorized();
		this.api.file(isolated.personId()).expectBody().jsonPath("$.status").isEqualTo("ISOLATED");
		assertThat(this.api.typesPublishedFor(isolated.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	private WebTestClient.ResponseSpec release(TestPerson person, LocalDate day) {
		return this.api.operatorPost(QuarantineApi.path(person.personId(), "release"),
				QuarantineApi.day("releasedOn", day));
	}

	private void temperature(TestPerson person, int daysAgo, String celsius) {
		String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(daysAgo(daysAgo).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai")));
		this.api.operatorPost(QuarantineApi.path(person.personId(), "temperatures"), """
				{"at": "%s", "celsius": %s}""".formatted(at, celsius)).expectStatus().isCreated();
	}

}
