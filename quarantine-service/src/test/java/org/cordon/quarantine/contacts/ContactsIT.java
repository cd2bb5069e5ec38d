package org.cordon.quarantine.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsIT extends QuarantineIntegrationTest {

	@Test
	void aContactOfACaseIsTracedAndAnnouncedKeyedByTheContact() {
		TestPerson source = this.api.isolated(daysAgo(8), daysAgo(7));
		TestPerson contact = this.api.registered(daysAgo(3));

		trace(source, contact.personId(), daysAgo(3)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CREATED")
			.jsonPath("$.contactPersonId")
			.isEqualTo(contact.personId().toString());

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(contact.personId());
		assertThat(records).hasSize(2);
		ConsumerRecord<String, byte[]> traced = records.get(1);
		QuarantineApi.assertAnnounced(traced, contact.personId(), "cordon.quarantine.ContactTraced.v1");
		assertThat(TopicRecords.value(traced)).contains("\"sourcePersonId\":\"" + source.personId() + "\"")
			.contains("\"lastContactOn\":\"" + daysAgo(3) + "\"");
		assertThat(this.api.typesPublishedFor(source.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
		this.api.file(source.personId())
			.expectBody()
			.jsonPath("$.contacts[0].contactPersonId")
			.isEqualTo(contact.personId().toString());
		this.api.file(contact.personId())
			.expectBody()
			.jsonPath("$.contactOf[0].sourcePersonId")
			.isEqualTo(source.personId().toString());
	}

	@Test
	void theSamePairAndDayIsADuplicateALaterDayAnUpdateAnEarlierDayAConflict() {
		TestPerson source = this.api.registered(daysAgo(8));
		TestPerson contact = this.api.registered(daysAgo(5));
		trace(source, contact.personId(), daysAgo(5)).expectStatus().isCreated();

		trace(source, contact.personId(), daysAgo(5)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		trace(source, contact.personId(), daysAgo(2)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UPDATED");
		trace(source, contact.personId(), daysAgo(4)).expectStatus().isEqualTo(409);

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(contact.personId());
		assertThat(records).extracting(TopicRecords::value)
			.filteredOn((value) -> value.contains("sourcePersonId"))
			.hasSize(2)
			.last()
			.asString()
			.contains("\"lastContactOn\":\"" + daysAgo(2) + "\"");
		this.api.file(source.personId())
			.expectBody()
			.jsonPath("$.contacts[0].lastContactOn")
			.isEqualTo(daysAgo(2).toString());
	}

	@Test
	void bothPersonsMustBeOnFileAndTheProblemNamesWhichIsNot() {
		TestPerson person = this.api.registered(daysAgo(8));
		UUID unknown = UUID.randomUUID();

		trace(person, unknown, daysAgo(2)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("contactPersonId").contains(unknown.toString()));
		this.api.operatorPost(QuarantineApi.path(unknown, "contacts"), contact(person.personId(), daysAgo(2)))
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("(personId)"));

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
	}

	@Test
	void aPersonIsNotTheirOwnContactAndTheDayMustHaveCome() {
		TestPerson person = this.api.registered(daysAgo(8));
		TestPerson other = this.api.registered(daysAgo(8));

		trace(person, person.personId(), daysAgo(2)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contactPersonId");
		trace(person, other.personId(), daysAgo(-1)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lastContactOn");
		this.api.operatorPost(QuarantineApi.path(person.personId(), "contacts"), """
				{"contactPersonId": 42, "lastContactOn": "%s"}""".formatted(daysAgo(1)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contactPersonId");

		assertThat(this.api.rows("contacts", "source_person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
		assertThat(this.api.typesPublishedFor(other.personId())).containsExactly("PersonRegistered.v1");
	}

	@Test
	void onlyOperatorsTraceContacts() {
		TestPerson person = this.api.registered(daysAgo(8));
		TestPerson other = this.api.registered(daysAgo(8));

		this.api
			.post(QuarantineApi.path(person.personId(), "contacts"), IdentityTokens.viewer(),
					contact(other.personId(), daysAgo(1)))
			.expectStatus()
			.isForbidden();
		this.api.anonymousPost(QuarantineApi.path(person.personId(), "contacts"), contact(other.personId(), daysAgo(1)))
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.rows("contacts", "source_person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(other.personId())).containsExactly("PersonRegistered.v1");
	}

	private WebTestClient.ResponseSpec trace(TestPerson source, UUID contact, LocalDate day) {
		return this.api.operatorPost(QuarantineApi.path(source.personId(), "contacts"), contact(contact, day));
	}

	private static String contact(UUID contact, LocalDate day) {
		return """
				{"contactPersonId": "%s", "lastContactOn": "%s"}""".formatted(contact, day);
	}

}
