package org.cordon.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Returnees through the gateway, one file each: one is isolated, confirmed and
 * transferred and has a contact traced, one completes the observation and is released,
 * one asks too early and is refused with the day it may go. The command's views count
 * them; their names, ID numbers, phones and addresses never leave the service — not in
 * events, not in views, not in any log line of any service.
 */
class QuarantineSystemIT {

	static final String OPERATOR = "dev-operator-key";

	static final String VIEWER = "dev-viewer-key";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static Gateway gateway;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
	}

	@Test
	void aConfirmedCaseIsTransferredAnotherReturneeIsReleasedAndNoPersonalDataLeaves() {
		String region = "五原县-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(SHANGHAI);
		Person confirmed = new Person(UUID.randomUUID(), "张某某", idNumber(), "13900001111", "五原县隆兴昌镇某小区3号楼");
		Person released = new Person(UUID.randomUUID(), "李某某", idNumber(), "13900002222", "五原县胜丰镇某村5组");
		Person early = new Person(UUID.randomUUID(), "赵某某", idNumber(), "13900004444", "五原县新公中镇某村2组");
		Person contact = new Person(UUID.randomUUID(), "钱某某", idNumber(), "13900005555", "五原县隆兴昌镇某小区7号楼");

		register(confirmed, region, today.minusDays(3));
		register(released, region, today.minusDays(20));
		register(early, region, today.minusDays(5));
		register(contact, region, today.minusDays(2));
		gateway
			.post("/api/persons", OPERATOR,
					registration(new Person(UUID.randomUUID(), "王某某", confirmed.idNumber(), "13900003333", "别处"),
							region, today.minusDays(3)))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.consumeWith(
					(body) -> assertThat(new String(body.getResponseBody())).contains(confirmed.personId().toString()));

		isolate(confirmed, today.minusDays(3));
		isolate(released, today.minusDays(20));
		isolate(early, today.minusDays(5));
		isolate(contact, today.minusDays(2));
		gateway
			.post(path(confirmed, "contacts"), OPERATOR,
					"""
							{"contactPersonId": "%s", "lastContactOn": "%s"}""".formatted(contact.personId(),
							today.minusDays(2)))
			.expectStatus()
			.isCreated();
		temperature(confirmed, "38.2");
		temperature(released, "36.5");
		on(confirmed, "suspect", today);
		on(confirmed, "confirm", today);
		gateway.post(path(confirmed, "transfer"), OPERATOR, """
				{"facility": "巴彦淖尔市医院", "on": "%s"}""".formatted(today)).expectStatus().isOk();
		gateway.post(path(released, "release"), OPERATOR, """
				{"releasedOn": "%s"}""".formatted(today)).expectStatus().isOk();
		gateway.post(path(confirmed, "release"), OPERATOR, """
				{"releasedOn": "%s"}""".formatted(today)).expectStatus().isEqualTo(409);
		gateway.post(path(early, "release"), OPERATOR, """
				{"releasedOn": "%s"}""".formatted(today))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains(today.plusDays(9).toString()));

		gateway.get("/api/persons/" + confirmed.personId(), OPERATOR)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo(confirmed.name());
		gateway.get("/api/persons/" + confirmed.personId(), VIEWER).expectStatus().isForbidden();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> gateway.get("/api/views/quarantine/summary?region=" + region, VIEWER)
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.registered")
				.isEqualTo(4)
				.jsonPath("$.confirmed")
				.isEqualTo(1)
				.jsonPath("$.transferred")
				.isEqualTo(1)
				.jsonPath("$.released")
				.isEqualTo(1)
				.jsonPath("$.underObservation")
				.isEqualTo(2)
				.jsonPath("$.byMode.HOME")
				.isEqualTo(2)
				.jsonPath("$.feverLast24h")
				.isEqualTo(1));

		String summary = new String(gateway.get("/api/views/quarantine/summary?region=" + region, VIEWER)
			.expectBody()
			.returnResult()
			.getResponseBody());
		List<String> published = TopicRecords.readAll(gateway.kafkaBootstrap(), "quarantine.events")
			.stream()
			.map(QuarantineSystemIT::wholeRecord)
			.toList();
		assertThat(published).anyMatch((record) -> record.contains(contact.personId().toString()));
		String logs = gateway.logs();
		for (Person person : List.of(confirmed, released, early, contact)) {
			for (String personal : person.personalData()) {
				assertThat(published).noneMatch((record) -> record.contains(personal));
				assertThat(summary).doesNotContain(personal);
				assertThat(logs).doesNotContain(personal);
			}
		}
	}

	@Test
	void badInputIsRefusedAsAProblemAndStoresAndPublishesNothing() {
		String region = "临河区-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(SHANGHAI);
		Person person = new Person(UUID.randomUUID(), "孙某某", idNumber(), "13900006666", "临河区某小区");
		String wrongCheckDigit = person.idNumber().substring(0, 17) + (person.idNumber().endsWith("0") ? "1" : "0");
		Person badId = new Person(UUID.randomUUID(), "周某某", wrongCheckDigit, "13900007777", "临河区某村");

		assertProblem(gateway.post("/api/persons", OPERATOR, registration(badId, region, today)), 400);
		register(person, region, today.minusDays(1));
		assertProblem(gateway.post(path(person, "temperatures"), OPERATOR, """
				{"at": "%s", "celsius": 45.1}""".formatted(Instant.now())), 400);
		assertProblem(gateway.post("/api/persons/" + UUID.randomUUID() + "/temperatures", OPERATOR, """
				{"at": "%s", "celsius": 36.6}""".formatted(Instant.now())), 404);
		assertProblem(gateway.post(path(person, "isolation"), OPERATOR, """
				{"mode": "HOME", "site": "居家", "startedOn": "%s", "monitors": []}""".formatted(today.plusDays(30))),
				400);
		assertProblem(gateway.post(path(person, "release"), OPERATOR, """
				{"releasedOn": "%s"}""".formatted(today.minusDays(30))), 0);

		gateway.get("/api/persons/" + badId.personId(), OPERATOR).expectStatus().isNotFound();
		gateway.get("/api/persons/" + person.personId(), OPERATOR)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REGISTERED")
			.jsonPath("$.temperatures.length()")
			.isEqualTo(0);
		List<String> types = TopicRecords
			.readKey(gateway.kafkaBootstrap(), "quarantine.events", person.personId().toString())
			.stream()
			.map((record) -> TopicRecords.header(record, "ce_type"))
			.toList();
		assertThat(types).containsExactly("cordon.quarantine.PersonRegistered.v1");
		assertThat(TopicRecords.readKey(gateway.kafkaBootstrap(), "quarantine.events", badId.personId().toString()))
			.isEmpty();
	}

	/**
	 * @param answer the answer to a refused request
	 * @param status its expected status, or 0 for any 4xx
	 */
	private static void assertProblem(WebTestClient.ResponseSpec answer, int status) {
		answer.expectStatus()
			.value((actual) -> assertThat(actual).isEqualTo((status != 0) ? status : actual).isBetween(400, 499))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static String wholeRecord(ConsumerRecord<String, byte[]> record) {
		StringBuilder all = new StringBuilder(String.valueOf(record.key())).append(TopicRecords.value(record));
		record.headers().forEach((header) -> all.append(new String(header.value(), StandardCharsets.UTF_8)));
		return all.toString();
	}

	private static void register(Person person, String region, LocalDate lastExposureOn) {
		gateway.post("/api/persons", OPERATOR, registration(person, region, lastExposureOn)).expectStatus().isCreated();
	}

	private static String registration(Person person, String region, LocalDate lastExposureOn) {
		return """
				{"personId": "%s", "name": "%s", "idNumber": "%s", "phone": "%s", "region": "%s",
				 "address": "%s", "category": "RETURNEE_HUBEI", "exposureRegion": "湖北省武汉市",
				 "lastExposureOn": "%s"}""".formatted(person.personId(), person.name(), person.idNumber(),
				person.phone(), region, person.address(), lastExposureOn);
	}

	private static void isolate(Person person, LocalDate startedOn) {
		gateway.post(path(person, "isolation"), OPERATOR, """
				{"mode": "HOME", "site": "居家", "startedOn": "%s", "monitors": [
				  {"name": "村干部赵某", "role": "VILLAGE_CADRE", "phone": "13800000001"},
				  {"name": "民警钱某", "role": "POLICE", "phone": "13800000002"},
				  {"name": "医生孙某", "role": "MEDICAL", "phone": "13800000003"}]}""".formatted(startedOn))
			.expectStatus()
			.isOk();
	}

	private static void temperature(Person person, String celsius) {
		gateway.post(path(person, "temperatures"), OPERATOR, """
				{"at": "%s", "celsius": %s}""".formatted(Instant.now().minusSeconds(60), celsius))
			.expectStatus()
			.isCreated();
	}

	private static void on(Person person, String transition, LocalDate on) {
		gateway.post(path(person, transition), OPERATOR, """
				{"on": "%s"}""".formatted(on)).expectStatus().isOk();
	}

	private static String path(Person person, String action) {
		return "/api/persons/" + person.personId() + "/" + action;
	}

	/**
	 * A made-up ID number of Bayannur (1508) that passes the check digit of GB 11643.
	 */
	private static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String body = "150802" + random.nextInt(1950, 2010) + "0" + random.nextInt(1, 10) + random.nextInt(10, 29)
				+ "%03d".formatted(random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	record Person(UUID personId, String name, String idNumber, String phone, String address) {

		List<String> personalData() {
			return List.of(this.name, this.idNumber, this.phone, this.address);
		}

	}

}
