package org.cordon.quarantine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.ContactTraced;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.quarantine.TemperatureRecorded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write path, failing after its state change and before commit (the outbox insert
 * of its event raises, through a trigger the test creates and drops:
 * {@link OutboxCrash}): nothing of the change is left, no event is published, and the
 * same request succeeds once the failure is gone.
 */
class CrashBetweenStepsIT extends QuarantineIntegrationTest {

	@AfterEach
	void healTheOutbox() {
		OutboxCrash.heal(this.api.database());
	}

	@Test
	void aCrashedRegistrationLeavesNoFileAndNoClaimOfItsId() {
		TestPerson person = TestPerson.returnee(daysAgo(5));
		crashWhenAnnouncing(person.personId(), PersonRegistered.TYPE);

		this.api.operatorPost("/api/persons", person.json()).expectStatus().is5xxServerError();

		assertThat(this.api.rows("persons", "person_id", person.personId())).isZero();
		assertThat(this.api.rows("client_ids", "client_id", person.personId())).isZero();
		healTheOutbox();
		this.api.operatorPost("/api/persons", person.json())
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CREATED");
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
	}

	@Test
	void aCrashedIsolationLeavesTheFileAndItsMonitorsAsTheyWere() {
		TestPerson person = this.api.registered(daysAgo(5));
		String isolation = QuarantineApi.isolation("HOME", "居家隔离", daysAgo(4), 3);
		crashWhenAnnouncing(person.personId(), PersonIsolated.TYPE);

		post(person, "isolation", isolation).expectStatus().is5xxServerError();

		assertThat(this.api.rows("monitors", "person_id", person.personId())).isZero();
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("REGISTERED");
		healTheOutbox();
		post(person, "isolation", isolation).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("APPLIED");
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	@Test
	void aCrashedReadingLeavesNoReading() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		String reading = """
				{"at": "%s", "celsius": 37.9}""".formatted(DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(daysAgo(1).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai"))));
		crashWhenAnnouncing(person.personId(), TemperatureRecorded.TYPE);

		post(person, "temperatures", reading).expectStatus().is5xxServerError();

		assertThat(this.api.rows("temperatures", "person_id", person.personId())).isZero();
		healTheOutbox();
		post(person, "temperatures", reading).expectStatus().isCreated();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "TemperatureRecorded.v1");
	}

	@Test
	void crashedCaseTransitionsLeaveTheStatusAsItWas() {
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));

		crashWhenAnnouncing(person.personId(), CaseSuspected.TYPE);
		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus().is5xxServerError();
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("ISOLATED");
		healTheOutbox();
		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus().isOk();

		crashWhenAnnouncing(person.personId(), CaseConfirmed.TYPE);
		post(person, "confirm", QuarantineApi.day("on", daysAgo(2))).expectStatus().is5xxServerError();
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("SUSPECTED");
		healTheOutbox();
		post(person, "confirm", QuarantineApi.day("on", daysAgo(2))).expectStatus().isOk();

		String transfer = """
				{"facility": "巴彦淖尔市医院", "on": "%s"}""".formatted(daysAgo(1));
		crashWhenAnnouncing(person.personId(), PersonTransferred.TYPE);
		post(person, "transfer", transfer).expectStatus().is5xxServerError();
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
		healTheOutbox();
		post(person, "transfer", transfer).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("APPLIED");

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseSuspected.v1", "CaseConfirmed.v1", "PersonTransferred.v1");
	}

	@Test
	void aCrashedReleaseLeavesThePersonIsolated() {
		TestPerson person = this.api.isolated(daysAgo(20), daysAgo(19));
		crashWhenAnnouncing(person.personId(), PersonReleased.TYPE);

		post(person, "release", QuarantineApi.day("releasedOn", today())).expectStatus().is5xxServerError();

		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ISOLATED")
			.jsonPath("$.releasedOn")
			.doesNotExist();
		healTheOutbox();
		post(person, "release", QuarantineApi.day("releasedOn", today())).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("APPLIED");
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "PersonReleased.v1");
	}

	@Test
	void aCrashedTracingLeavesNoContact() {
		TestPerson source = this.api.registered(daysAgo(8));
		TestPerson contact = this.api.registered(daysAgo(3));
		String body = """
				{"contactPersonId": "%s", "lastContactOn": "%s"}""".formatted(contact.personId(), daysAgo(3));
		crashWhenAnnouncing(contact.personId(), ContactTraced.TYPE);

		post(source, "contacts", body).expectStatus().is5xxServerError();

		assertThat(this.api.rows("contacts", "source_person_id", source.personId())).isZero();
		healTheOutbox();
		post(source, "contacts", body).expectStatus().isCreated();
		assertThat(this.api.typesPublishedFor(contact.personId())).containsExactly("PersonRegistered.v1",
				"ContactTraced.v1");
	}

	private WebTestClient.ResponseSpec post(TestPerson person, String action, String body) {
		return this.api.operatorPost(QuarantineApi.path(person.personId(), action), body);
	}

	private void crashWhenAnnouncing(UUID key, String type) {
		OutboxCrash.on(this.api.database(), key, type);
	}

}
