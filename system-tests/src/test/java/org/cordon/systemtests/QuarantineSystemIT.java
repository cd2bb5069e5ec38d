package org.cordon.systemtests;

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

import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two returnees through the gateway, one file each: one is isolated, confirmed and
 * transferred, the other completes the observation and is released. The command's views
 * count them; their names, ID numbers, phones and addresses never leave the service.
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

		register(confirmed, region, today.minusDays(3));
		register(released, region, today.minusDays(20));
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
				.isEqualTo(2)
				.jsonPath("$.confirmed")
				.isEqualTo(1)
				.jsonPath("$.transferred")
				.isEqualTo(1)
				.jsonPath("$.released")
				.isEqualTo(1)
				.jsonPath("$.underObservation")
				.isEqualTo(0)
				.jsonPath("$.feverLast24h")
				.isEqualTo(1));

		String summary = new String(gateway.get("/api/views/quarantine/summary?region=" + region, VIEWER)
			.expectBody()
			.returnResult()
			.getResponseBody());
		for (Person person : List.of(confirmed, released)) {
			List<ConsumerRecord<String, byte[]>> events = TopicRecords.readKey(gateway.kafkaBootstrap(),
					"quarantine.events", person.personId().toString());
			assertThat(events).isNotEmpty();
			for (String personal : person.personalData()) {
				assertThat(events).extracting(TopicRecords::value).noneMatch((value) -> value.contains(personal));
				assertThat(summary).doesNotContain(personal);
			}
		}
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
