package org.cordon.quarantine.temperatures;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class TemperaturesIT extends QuarantineIntegrationTest {

	@Test
	void aReadingIsFiledWithItsFeverFlagAndAnnounced() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		String at = at(1, "08:00");

		this.api.operatorPost(path(person), reading(at, "37.80"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CREATED")
			.jsonPath("$.fever")
			.isEqualTo(true)
			.jsonPath("$.celsius")
			.isEqualTo(37.8);
		this.api.operatorPost(path(person), reading(at(1, "20:00"), "37.2"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.fever")
			.isEqualTo(false);

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		assertThat(records).hasSize(4);
		ConsumerRecord<String, byte[]> fever = records.get(2);
		QuarantineApi.assertAnnounced(fever, person.personId(), "cordon.quarantine.TemperatureRecorded.v1");
		assertThat(TopicRecords.value(fever)).contains("\"celsius\":37.8").contains("\"fever\":true");
		assertThat(TopicRecords.value(records.get(3))).contains("\"celsius\":37.2").contains("\"fever\":false");
		this.api.file(person.personId())
			.expectBody()
			.jsonPath("$.temperatures.length()")
			.isEqualTo(2)
			.jsonPath("$.temperatures[0].fever")
			.isEqualTo(true)
			.jsonPath("$.status")
			.isEqualTo("ISOLATED");
	}

	@Test
	void theSameReadingAgainIsADuplicateAndAnotherTemperatureAtTheSameInstantAConflict() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		String at = at(1, "08:00");
		this.api.operatorPost(path(person), reading(at, "36.6")).expectStatus().isCreated();

		String sameInstantInUtc = OffsetDateTime.parse(at).toInstant().toString();
		this.api.operatorPost(path(person), reading(sameInstantInUtc, "36.60"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operatorPost(path(person), reading(at, "36.7")).expectStatus().isEqualTo(409);

		assertThat(this.api.rows("temperatures", "person_id", person.personId())).isEqualTo(1);
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1", "TemperatureRecorded.v1");
	}

	@Test
	void readingsOutsideTheRangeWithTwoDecimalsOrInTheFutureAreRefusedAndNothingIsStored() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		String[][] cases = { { reading(at(1, "08:00"), "34.9"), "celsius" },
				{ reading(at(1, "08:00"), "43.1"), "celsius" }, { reading(at(1, "08:00"), "36.55"), "celsius" },
				{ reading(at(1, "08:00"), "\"36.5\""), "celsius" }, { reading(at(-1, "08:00"), "36.5"), "at" },
				{ reading(at(1, "08:00").replace("+08:00", ""), "36.5"), "at" } };

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
		assertThat(this.api.rows("temperatures", "person_id", person.personId())).isZero();
		assertThat(this.api.typesPublishedFor(person.personId())).containsExactly("PersonRegistered.v1",
				"PersonIsolated.v1");
	}

	@Test
	void theLimitsThemselvesAreAccepted() {
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));

		this.api.operatorPost(path(person), reading(at(1, "08:00"), "35.0")).expectStatus().isCreated();
		this.api.operatorPost(path(person), reading(at(1, "09:00"), "43")).expectStatus().isCreated();
	}

	@Test
	void anUnknownPersonIsNotFoundAndOnlyOperatorsPost() {
		this.api.operatorPost(QuarantineApi.path(UUID.randomUUID(), "temperatures"), reading(at(1, "08:00"), "36.5"))
			.expectStatus()
			.isNotFound();
		TestPerson person = this.api.isolated(daysAgo(5), daysAgo(4));
		this.api.post(path(person), IdentityTokens.viewer(), reading(at(1, "08:00"), "36.5"))
			.expectStatus()
			.isForbidden();
		this.api.post(path(person), IdentityTokens.checkpoint("*"), reading(at(1, "08:00"), "36.5"))
			.expectStatus()
			.isForbidden();
		this.api.anonymousPost(path(person), reading(at(1, "08:00"), "36.5")).expectStatus().isUnauthorized();
		assertThat(this.api.rows("temperatures", "person_id", person.personId())).isZero();
	}

	private String at(int daysAgo, String time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(daysAgo(daysAgo).atTime(LocalTime.parse(time)).atZone(ZoneId.of("Asia/Shanghai")));
	}

	private static String reading(String at, String celsius) {
		return """
				{"at": "%s", "celsius": %s}""".formatted(at, celsius);
	}

	private static String path(TestPerson person) {
		return QuarantineApi.path(person.personId(), "temperatures");
	}

}
