package org.cordon.quarantine.persons;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

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

class RegistrationIT extends QuarantineIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anOperatorOpensAFileThatIsAnnouncedWithoutAnythingThatNamesThePerson() {
		TestPerson person = TestPerson.returnee(daysAgo(5));

		this.api.operatorPost("/api/persons", person.json())
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.personId")
			.isEqualTo(person.personId().toString())
			.jsonPath("$.status")
			.isEqualTo("CREATED");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> registered = records.get(0);
		QuarantineApi.assertAnnounced(registered, person.personId(), "cordon.quarantine.PersonRegistered.v1");
		JsonNode data = this.json.readTree(registered.value());
		assertThat(data.propertyNames()).containsExactlyInAnyOrder("personId", "region", "category", "exposureRegion",
				"lastExposureOn", "registeredOn");
		assertThat(data.get("lastExposureOn").asString()).isEqualTo(daysAgo(5).toString());
		assertThat(data.get("category").asString()).isEqualTo("RETURNEE_HUBEI");
	}

	@Test
	void theFileReadsBackWithItsPersonalDataAndTheEndOfObservation() {
		TestPerson person = this.api.registered(daysAgo(5));

		this.api.file(person.personId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo(person.name())
			.jsonPath("$.idNumber")
			.isEqualTo(person.idNumber())
			.jsonPath("$.phone")
			.isEqualTo(person.phone())
			.jsonPath("$.address")
			.isEqualTo(person.address())
			.jsonPath("$.region")
			.isEqualTo("临河区")
			.jsonPath("$.status")
			.isEqualTo("REGISTERED")
			.jsonPath("$.lastExposureOn")
			.isEqualTo(daysAgo(5).toString())
			.jsonPath("$.observationEndsOn")
			.isEqualTo(daysAgo(5).plusDays(14).toString())
			.jsonPath("$.isolation")
			.doesNotExist()
			.jsonPath("$.temperatures")
			.isEmpty();
	}

	@Test
	void theSameRegistrationAgainIsADuplicateAndOtherContentForTheSameIdAConflict() {
		TestPerson person = this.api.registered(daysAgo(5));

		this.api.operatorPost("/api/persons", person.json().replace(person.idNumber(), person.idNumber() + " "))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operatorPost("/api/persons", person.withRegion("五原县").json())
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.api.rows("persons", "person_id", person.personId())).isEqualTo(1);
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1");
	}

	@Test
	void anIdNumberOnFileIsAConflictNamingTheExistingPersonAndNothingIsStored() {
		TestPerson first = this.api.registered(daysAgo(5));
		TestPerson second = TestPerson.returnee(daysAgo(3)).withIdNumber(first.idNumber().toLowerCase());

		this.api.operatorPost("/api/persons", second.json())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existingPersonId")
			.isEqualTo(first.personId().toString())
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains(first.personId().toString())
				.doesNotContain(first.idNumber()));

		assertThat(this.api.rows("persons", "person_id", second.personId())).isZero();
		assertThat(this.api.rows("client_ids", "client_id", second.personId())).isZero();
		assertThat(this.api.typesPublishedFor(second.personId())).isEmpty();
	}

	@Test
	void concurrentRegistrationsOfOneIdNumberOpenOneFile() {
		TestPerson first = TestPerson.returnee(daysAgo(5));
		List<TestPerson> rivals = IntStream.range(0, 6)
			.mapToObj((i) -> TestPerson.returnee(daysAgo(5)).withIdNumber(first.idNumber()))
			.toList();

		List<CompletableFuture<Integer>> posts = rivals.stream()
			.map((rival) -> CompletableFuture.supplyAsync(() -> this.api.operatorPost("/api/persons", rival.json())
				.returnResult(String.class)
				.getStatus()
				.value()))
			.toList();
		List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();

		assertThat(statuses).containsOnly(201, 409).filteredOn((status) -> status == 201).hasSize(1);
		long files = rivals.stream()
			.mapToLong((rival) -> this.api.rows("persons", "person_id", rival.personId()))
			.sum();
		assertThat(files).isEqualTo(1);
		assertThat(rivals.stream().mapToLong((rival) -> this.api.publishedFor(rival.personId()).size()).sum())
			.isEqualTo(1);
	}

	@Test
	void anInvalidIdNumberIsRefusedNamingIdNumberAndNothingIsStoredOrPublished() {
		TestPerson wrongCheckDigit = TestPerson.returnee(daysAgo(5))
			.withIdNumber(TestPerson.returnee(daysAgo(5)).idNumber().substring(0, 17) + "Y");
		TestPerson tooShort = TestPerson.returnee(daysAgo(5)).withIdNumber("15080219900101");

		for (TestPerson person : List.of(wrongCheckDigit, tooShort)) {
			this.api.operatorPost("/api/persons", person.json())
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("idNumber");
			assertThat(this.api.rows("persons", "person_id", person.personId())).isZero();
			assertThat(this.api.typesPublishedFor(person.personId())).isEmpty();
		}
	}

	@Test
	void wrongTypesUnknownCategoriesAndMissingFieldsAreRefusedNamingTheField() {
		TestPerson person = TestPerson.returnee(daysAgo(5));
		String[][] cases = { { person.json().replace("\"RETURNEE_HUBEI\"", "\"TOURIST\""), "category" },
				{ person.json().replace("\"" + person.idNumber() + "\"", person.idNumber().substring(0, 17)),
						"idNumber" },
				{ person.json().replace(person.personId().toString(), "not-a-uuid"), "personId" },
				{ person.json().replace("\"临河区\"", "\"\""), "region" },
				{ person.json().replace("\"lastExposureOn\": \"" + daysAgo(5), "\"lastExposureOn\": \"" + daysAgo(-1)),
						"lastExposureOn" },
				{ person.json().replace("\"name\"", "\"nickname\""), "nickname" } };

		for (String[] body : cases) {
			this.api.operatorPost("/api/persons", body[0])
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(body[1]);
		}
		assertThat(this.api.rows("persons", "person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(person.personId())).isEmpty();
	}

	@Test
	void onlyAnOperatorOrAnAdminRegistersOrReadsAFile() {
		TestPerson person = TestPerson.returnee(daysAgo(5));

		this.api.post("/api/persons", IdentityTokens.viewer(), person.json()).expectStatus().isForbidden();
		this.api.post("/api/persons", IdentityTokens.checkpoint("*"), person.json()).expectStatus().isForbidden();
		this.api.client()
			.post()
			.uri("/api/persons")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(person.json())
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.rows("persons", "person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(person.personId())).isEmpty();

		this.api.post("/api/persons", IdentityTokens.admin(), person.json()).expectStatus().isCreated();
		this.api.get("/api/persons/" + person.personId(), IdentityTokens.viewer()).expectStatus().isForbidden();
		this.api
			.get("/api/persons/" + person.personId(),
					IdentityTokens.token("key:auditor", "auditor", List.of("auditor"), List.of()))
			.expectStatus()
			.isForbidden();
		this.api.client().get().uri("/api/persons/" + person.personId()).exchange().expectStatus().isUnauthorized();
		this.api.get("/api/persons/" + person.personId(), IdentityTokens.admin()).expectStatus().isOk();
	}

	@Test
	void anUnknownPersonIsNotFoundAndAnIdThatIsNotAUuidIsABadRequest() {
		this.api.file(UUID.randomUUID())
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.api.get("/api/persons/not-a-uuid", IdentityTokens.operator())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("personId");
	}

}
