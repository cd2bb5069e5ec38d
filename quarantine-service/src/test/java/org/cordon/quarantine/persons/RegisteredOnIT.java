package org.cordon.quarantine.persons;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.quarantine.QuarantineIntegrationTest;
import org.cordon.quarantine.TestPerson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file is opened on a business day: the day given (back-dated entries are how the
 * command catches up), today in the platform's time zone when left out, never after
 * today.
 */
class RegisteredOnIT extends QuarantineIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theDayGivenReachesTheEventAndTheFile() {
		TestPerson person = TestPerson.returnee(daysAgo(20));

		this.api.operatorPost("/api/persons", withRegisteredOn(person, daysAgo(12))).expectStatus().isCreated();

		assertThat(registeredOnPublished(person)).containsExactly(daysAgo(12).toString());
		assertThat(registeredOnStored(person)).isEqualTo(daysAgo(12));
	}

	@Test
	void aFileWithoutADayIsOpenedTodayAndItsRetryAfterMidnightIsStillADuplicate() {
		TestPerson person = TestPerson.returnee(daysAgo(3));
		LocalDate registeredOn = today();

		this.api.operatorPost("/api/persons", person.json()).expectStatus().isCreated();
		this.clock.moveTo(registeredOn.plusDays(1), LocalTime.of(0, 5));
		this.api.operatorPost("/api/persons", person.json())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		// compared as sent: naming a day where none was sent is other content
		this.api.operatorPost("/api/persons", withRegisteredOn(person, registeredOn)).expectStatus().isEqualTo(409);

		assertThat(registeredOnPublished(person)).containsExactly(registeredOn.toString());
		assertThat(registeredOnStored(person)).isEqualTo(registeredOn);
	}

	@Test
	void aDayAfterTodayIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
		TestPerson person = TestPerson.returnee(daysAgo(3));

		this.api.operatorPost("/api/persons", withRegisteredOn(person, today().plusDays(1)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("registeredOn");

		assertThat(this.api.rows("persons", "person_id", person.personId())).isZero();
		assertThat(this.api.rows("client_ids", "client_id", person.personId())).isZero();
		assertThat(this.api.publishedFor(person.personId())).isEmpty();
	}

	private List<String> registeredOnPublished(TestPerson person) {
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(person.personId());
		return records.stream().map((r) -> this.json.readTree(r.value()).get("registeredOn").asString()).toList();
	}

	private LocalDate registeredOnStored(TestPerson person) {
		return this.api.database()
			.sql("select registered_on from persons where person_id = $1")
			.bind(0, person.personId())
			.map((row) -> row.get(0, LocalDate.class))
			.one()
			.block();
	}

	private static String withRegisteredOn(TestPerson person, LocalDate day) {
		String json = person.json();
		int end = json.lastIndexOf('}');
		return json.substring(0, end) + ", \"registeredOn\": \"" + day + "\"}";
	}

}
