package org.cordon.quarantine.isolation;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

class IsolationIT extends QuarantineIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPersonIsIsolatedWithNamedMonitorsAndOnlyTheirCountIsAnnounced() {
		TestPerson person = this.api.registered(daysAgo(5));
		String isolation = QuarantineApi.isolation("HOME", "新华街道居家隔离", daysAgo(4), 3);

		this.api.operatorPost(path(person), isolation)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("APPLIED")
			.jsonPath("$.status")
			.isEqualTo("ISOLATED")
			.jsonPath("$.observationEndsOn")
			.isEqualTo(daysAgo(5).plusDays(14).toString());

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		assertThat(records).hasSize(2);
		ConsumerRecord<String, byte[]> isolated = records.get(1);
		QuarantineApi.assertAnnounced(isolated, person.personId(), "cordon.quarantine.PersonIsolated.v1");
		JsonNode data = this.json.readTree(isolated.value());
		assertThat(data.get("mode").asString()).isEqualTo("HOME");
		assertThat(data.get("site").asString()).isEqualTo("新华街道居家隔离");
		assertThat(data.get("startedOn").asString()).isEqualTo(daysAgo(4).toString());
		assertThat(data.get("observationEndsOn").asString()).isEqualTo(daysAgo(5).plusDays(14).toString());
		assertThat(data.get("monitorCount").asInt()).isEqualTo(3);
		assertThat(this.api.rows("monitors", "person_id", person.personId())).isEqualTo(3);
		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.isolation.mode")
			.isEqualTo("HOME")
			.jsonPath("$.isolation.monitors.length()")
			.isEqualTo(3)
			.jsonPath("$.isolation.monitors[1].role")
			.isEqualTo("民警");
	}

	@Test
	void theSameIsolationAgainAnswers200AndPublishesNothing() {
		TestPerson person = this.api.registered(daysAgo(5));
		String isolation = QuarantineApi.isolation("HOME", "新华街道居家隔离", daysAgo(4), 2);
		this.api.operatorPost(path(person), isolation).expectStatus().isOk();

		this.api.operatorPost(path(person), isolation)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("DUPLICATE");

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	@Test
	void aMoveFromHomeToACentralisedSiteIsAnnouncedAgainAndReplacesTheMonitors() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));

		this.api.operatorPost(path(person), QuarantineApi.isolation("CENTRALIZED", "临河区集中隔离观察点", daysAgo(1), 1))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("APPLIED");

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "PersonIsolated.v1");
		assertThat(this.api.rows("monitors", "person_id", person.personId())).isEqualTo(1);
		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.isolation.mode")
			.isEqualTo("CENTRALIZED")
			.jsonPath("$.isolation.startedOn")
			.isEqualTo(daysAgo(1).toString());
	}

	@Test
	void aSiteHoldingTheHomeAddressAnUnknownModeOrAStartAfterTodayIsRefusedAndNothingChanges() {
		TestPerson person = this.api.registered(daysAgo(5));
		String[][] cases = { { QuarantineApi.isolation("HOME", person.address(), daysAgo(4), 1), "site" },
				{ QuarantineApi.isolation("HOTEL", "金川宾馆", daysAgo(4), 1), "mode" },
				{ QuarantineApi.isolation("HOME", "居家", daysAgo(-1), 1), "startedOn" },
				{ QuarantineApi.isolation("HOME", "居家", daysAgo(4), 1).replace("\"phone\": \"", "\"phone\": \"x"),
						"monitors[0].phone" },
				{ """
						{"mode": "HOME", "site": "居家", "startedOn": "%s"}""".formatted(daysAgo(4)), "monitors" } };

		for (String[] body : cases) {
			this.api.operatorPost(path(person), body[0])
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(body[1]);
		}
		assertThat(this.api.rows("monitors", "person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
		this.api.file(person.personId()).expectBody().jsonPath("$.status").isEqualTo("REGISTERED");
	}

	@Test
	void aTransferredPersonIsNotIsolatedAgain() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		this.api.operatorPost(QuarantineApi.path(person.personId(), "confirm"), QuarantineApi.day("on", daysAgo(2)))
			.expectStatus()
			.isOk();
		this.api.operatorPost(QuarantineApi.path(person.personId(), "transfer"), """
				{"facility": "巴彦淖尔市医院", "on": "%s"}""".formatted(daysAgo(2))).expectStatus().isOk();

		this.api.operatorPost(path(person), QuarantineApi.isolation("HOME", "居家", daysAgo(1), 1))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("transferred"));

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseConfirmed.v1", "PersonTransferred.v1");
	}

	@Test
	void theIsolationOnFileSentAgainAfterTheTransferIsADuplicateThatChangesNothing() {
		TestPerson person = this.api.registered(daysAgo(5));
		String isolation = QuarantineApi.isolation("CENTRALIZED", "五原县预留隔离宾馆", daysAgo(4), 2);
		this.api.operatorPost(path(person), isolation).expectStatus().isOk();
		this.api.operatorPost(QuarantineApi.path(person.personId(), "confirm"), QuarantineApi.day("on", daysAgo(2)))
			.expectStatus()
			.isOk();
		this.api.operatorPost(QuarantineApi.path(person.personId(), "transfer"), """
				{"facility": "巴彦淖尔市医院", "on": "%s"}""".formatted(daysAgo(2))).expectStatus().isOk();

		// a replayed import sends every request again, the isolation among them
		this.api.operatorPost(path(person), isolation)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.result")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.status")
			.isEqualTo("TRANSFERRED");

		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "CaseConfirmed.v1", "PersonTransferred.v1");
	}

	@Test
	void anUnknownPersonIsNotFoundAndOnlyOperatorsIsolate() {
		UUID unknown = UUID.randomUUID();
		this.api
			.operatorPost(QuarantineApi.path(unknown, "isolation"),
					QuarantineApi.isolation("HOME", "居家", daysAgo(1), 1))
			.expectStatus()
			.isNotFound();

		TestPerson person = this.api.registered(daysAgo(5));
		String isolation = QuarantineApi.isolation("HOME", "居家", daysAgo(1), 1);
		this.api.post(path(person), IdentityTokens.viewer(), isolation).expectStatus().isForbidden();
		this.api.client()
			.post()
			.uri(path(person))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(isolation)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
	}

	private static String path(TestPerson person) {
		return QuarantineApi.path(person.personId(), "isolation");
	}

}
