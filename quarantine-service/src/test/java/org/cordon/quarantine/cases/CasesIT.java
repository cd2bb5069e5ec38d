package org.cordon.quarantine.cases;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class CasesIT extends QuarantineIntegrationTest {

	@Test
	void aPersonIsSuspectedThenConfirmedThenTransferredEachAnnouncedOnce() {
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));

		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPECTED")
			.jsonPath("$.result")
			.isEqualTo("APPLIED");
		post(person, "confirm", QuarantineApi.day("on", daysAgo(2))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED");
		post(person, "transfer", transfer("巴彦淖尔市医院", 2)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("TRANSFERRED");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		assertThat(records).extracting((r) -> TopicRecords.header(r, CloudEventHeaders.TYPE))
			.containsExactly("cordon.quarantine.PersonRegistered.v1", "cordon.quarantine.PersonIsolated.v1",
					"cordon.quarantine.CaseSuspected.v1", "cordon.quarantine.CaseConfirmed.v1",
					"cordon.quarantine.PersonTransferred.v1");
		QuarantineApi.assertAnnounced(records.get(2), person.personId(), "cordon.quarantine.CaseSuspected.v1");
		QuarantineApi.assertAnnounced(records.get(3), person.personId(), "cordon.quarantine.CaseConfirmed.v1");
		QuarantineApi.assertAnnounced(records.get(4), person.personId(), "cordon.quarantine.PersonTransferred.v1");
		assertThat(TopicRecords.value(records.get(2))).contains("\"on\":\"" + daysAgo(3) + "\"");
		assertThat(TopicRecords.value(records.get(3))).contains("\"on\":\"" + daysAgo(2) + "\"");
		assertThat(TopicRecords.value(records.get(4))).contains("\"facility\":\"巴彦淖尔市医院\"");
		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.suspectedOn")
			.isEqualTo(daysAgo(3).toString())
			.jsonPath("$.confirmedOn")
			.isEqualTo(daysAgo(2).toString())
			.jsonPath("$.transferredOn")
			.isEqualTo(daysAgo(2).toString())
			.jsonPath("$.transferFacility")
			.isEqualTo("巴彦淖尔市医院");
	}

	@Test
	void repeatedTransitionsAnswer200AndPublishNothingOtherDaysAreConflicts() {
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));
		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus().isOk();
		post(person, "confirm", QuarantineApi.day("on", daysAgo(2))).expectStatus().isOk();
		post(person, "transfer", transfer("巴彦淖尔市医院", 1)).expectStatus().isOk();

		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.status")
			.isEqualTo("TRANSFERRED");
		post(person, "confirm", QuarantineApi.day("on", daysAgo(2))).expectStatus().isOk();
		post(person, "transfer", transfer("巴彦淖尔市医院", 1)).expectStatus().isOk();
		post(person, "suspect", QuarantineApi.day("on", daysAgo(4))).expectStatus().isEqualTo(409);
		post(person, "confirm", QuarantineApi.day("on", daysAgo(1))).expectStatus().isEqualTo(409);
		post(person, "transfer", transfer("内蒙古自治区人民医院", 1)).expectStatus().isEqualTo(409);

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseSuspected.v1", "CaseConfirmed.v1", "PersonTransferred.v1");
	}

	@Test
	void onlyAConfirmedCaseIsTransferredOtherwiseAConflictWithTheReason() {
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));
		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus().isOk();

		post(person, "transfer", transfer("巴彦淖尔市医院", 1)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Only a confirmed case is transferred"));

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseSuspected.v1");
		this.api.file(person.personId()).expectBody().jsonPath("$.transferredOn").doesNotExist();
	}

	@Test
	void daysInTheWrongOrderOrAfterTodayAreRefusedNamingOn() {
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));
		post(person, "suspect", QuarantineApi.day("on", daysAgo(3))).expectStatus().isOk();

		post(person, "confirm", QuarantineApi.day("on", daysAgo(4))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("on");
		post(person, "confirm", QuarantineApi.day("on", daysAgo(-1))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("on");
		post(person, "confirm", "{\"on\": \"2020-02-30\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("on");

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseSuspected.v1");
	}

	@Test
	void anUnknownPersonIsNotFoundAndOnlyOperatorsRecordCases() {
		this.api.operatorPost(QuarantineApi.path(UUID.randomUUID(), "suspect"), QuarantineApi.day("on", daysAgo(1)))
			.expectStatus()
			.isNotFound();
		TestPerson person = this.api.isolated(daysAgo(8), daysAgo(7));
		for (String action : List.of("suspect", "confirm")) {
			this.api
				.post(QuarantineApi.path(person.personId(), action), IdentityTokens.viewer(),
						QuarantineApi.day("on", daysAgo(1)))
				.expectStatus()
				.isForbidden();
			this.api.anonymousPost(QuarantineApi.path(person.personId(), action), QuarantineApi.day("on", daysAgo(1)))
				.expectStatus()
				.isUnauthorized();
		}
		this.api
			.post(QuarantineApi.path(person.personId(), "transfer"), IdentityTokens.checkpoint("*"),
					transfer("巴彦淖尔市医院", 1))
			.expectStatus()
			.isForbidden();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	private WebTestClient.ResponseSpec post(TestPerson person, String action, String body) {
		return this.api.operatorPost(QuarantineApi.path(person.personId(), action), body);
	}

	private String transfer(String facility, int daysAgo) {
		return """
				{"facility": "%s", "on": "%s"}""".formatted(facility, daysAgo(daysAgo));
	}

}
