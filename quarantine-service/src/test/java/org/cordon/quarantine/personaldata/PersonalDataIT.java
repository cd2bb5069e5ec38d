package org.cordon.quarantine.personaldata;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.quarantine.OutboxCrash;
import org.cordon.quarantine.PostedPersonalData;
import org.cordon.quarantine.QuarantineApi;
import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a case and of a contact, then a search of what left the service
 * (events and log lines) and of what it stored in the clear, for the personal data that
 * was posted.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIT extends QuarantineIntegrationTest {

	@Test
	void noEventOfAWholeLifecycleAndNoLogLineHoldsANameIdNumberPhoneOrAddress(CapturedOutput output) {
		TestPerson source = this.api.isolated(daysAgo(10), daysAgo(9));
		TestPerson contact = this.api.isolated(daysAgo(20), daysAgo(19));
		post(source, "temperatures", reading(2, "38.4")).expectStatus().isCreated();
		post(source, "suspect", QuarantineApi.day("on", daysAgo(2))).expectStatus().isOk();
		post(source, "confirm", QuarantineApi.day("on", daysAgo(1))).expectStatus().isOk();
		post(source, "transfer", """
				{"facility": "巴彦淖尔市医院", "on": "%s"}""".formatted(daysAgo(1))).expectStatus().isOk();
		post(source, "contacts", """
				{"contactPersonId": "%s", "lastContactOn": "%s"}""".formatted(contact.personId(), daysAgo(20)))
			.expectStatus()
			.isCreated();
		post(contact, "temperatures", reading(1, "36.4")).expectStatus().isCreated();
		post(contact, "release", QuarantineApi.day("releasedOn", today())).expectStatus().isOk();
		// the failures too: a duplicate ID number, an early release, a server-side crash
		this.api.operatorPost("/api/persons", TestPerson.returnee(daysAgo(1)).withIdNumber(source.idNumber()).json())
			.expectStatus()
			.isEqualTo(409);
		this.api.get("/api/persons?dueForRelease=true", IdentityTokens.operator()).expectStatus().isOk();
		TestPerson crashing = TestPerson.returnee(daysAgo(1));
		OutboxCrash.on(this.api.database(), crashing.personId(), PersonRegistered.TYPE);
		try {
			this.api.operatorPost("/api/persons", crashing.json()).expectStatus().is5xxServerError();
		}
		finally {
			OutboxCrash.heal(this.api.database());
		}

		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(this.api.publishedFor(source.personId()));
		records.addAll(this.api.publishedFor(contact.personId()));

		assertThat(records)
			.extracting((r) -> TopicRecords.header(r, CloudEventHeaders.TYPE).replace("cordon.quarantine.", ""))
			.containsExactly("PersonRegistered.v1", "PersonIsolated.v1", "TemperatureRecorded.v1", "CaseSuspected.v1",
					"CaseConfirmed.v1", "PersonTransferred.v1", "PersonRegistered.v1", "PersonIsolated.v1",
					"ContactTraced.v1", "TemperatureRecorded.v1", "PersonReleased.v1");
		List<String> personal = List.of(source.name(), source.idNumber(), source.phone(), source.address(),
				contact.name(), contact.idNumber(), contact.phone(), contact.address());
		for (ConsumerRecord<String, byte[]> record : records) {
			String everything = record.key() + TopicRecords.value(record) + headers(record);
			assertThat(personal).noneMatch(everything::contains);
			assertThat(PostedPersonalData.foundIn(everything)).isEmpty();
		}
		assertThat(output.getAll()).as("the crash was logged, so the log was captured")
			.contains("simulated crash before commit");
		assertThat(PostedPersonalData.foundIn(output.getAll())).isEmpty();
	}

	@Test
	void theIdNumberIsStoredOnlyEncryptedAndHashedNeverInTheClear() {
		TestPerson person = this.api.registered(daysAgo(5));
		String birthDigits = person.idNumber().substring(6, 14);

		String row = this.api.database()
			.sql("select p::text as row from persons p where person_id = $1")
			.bind(0, person.personId())
			.map((r) -> r.get("row", String.class))
			.one()
			.block();
		byte[] encrypted = column(person.personId(), "id_number_encrypted");
		byte[] hash = column(person.personId(), "id_number_hash");
		String claims = this.api.database()
			.sql("select c::text as row from client_ids c where client_id = $1")
			.bind(0, person.personId())
			.map((r) -> r.get("row", String.class))
			.one()
			.block();

		assertThat(row).contains(person.name()).doesNotContain(person.idNumber()).doesNotContain(birthDigits);
		assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain(person.idNumber())
			.doesNotContain(birthDigits);
		assertThat(encrypted).hasSize(12 + 18 + 16);
		assertThat(hash).hasSize(32);
		assertThat(claims).doesNotContain(person.idNumber())
			.doesNotContain(person.name())
			.doesNotContain(person.phone());
		this.api.file(person.personId()).expectBody().jsonPath("$.idNumber").isEqualTo(person.idNumber());
	}

	private byte[] column(UUID personId, String column) {
		return this.api.database()
			.sql("select " + column + " from persons where person_id = $1")
			.bind(0, personId)
			.map((r) -> r.get(column, byte[].class))
			.one()
			.block();
	}

	private WebTestClient.ResponseSpec post(TestPerson person, String action, String body) {
		return this.api.operatorPost(QuarantineApi.path(person.personId(), action), body);
	}

	private String reading(int daysAgo, String celsius) {
		return """
				{"at": "%s", "celsius": %s}""".formatted(DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(daysAgo(daysAgo).atTime(LocalTime.of(9, 30)).atZone(ZoneId.of("Asia/Shanghai"))), celsius);
	}

	private static String headers(ConsumerRecord<String, byte[]> record) {
		StringBuilder text = new StringBuilder();
		for (Header header : record.headers()) {
			text.append(new String(header.value(), StandardCharsets.UTF_8));
		}
		return text.toString();
	}

}
