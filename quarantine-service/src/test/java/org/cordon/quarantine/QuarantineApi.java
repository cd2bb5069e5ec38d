package org.cordon.quarantine;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.ServiceClient;
import org.cordon.testsupport.ServiceRecords;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to quarantine-service as the gateway would, and reads what it stored and
 * published.
 */
public final class QuarantineApi {

	public static final String TOPIC = "quarantine.events";

	private static final AtomicInteger MONITORS = new AtomicInteger();

	private final ServiceClient service;

	private final ServiceRecords records;

	private final DatabaseClient database;

	private final String bootstrap;

	public QuarantineApi(int port, DatabaseClient database, String bootstrap) {
		this.service = new ServiceClient(port);
		this.records = new ServiceRecords(database, bootstrap, TOPIC);
		this.database = database;
		this.bootstrap = bootstrap;
	}

	public WebTestClient client() {
		return this.service.client();
	}

	public WebTestClient.ResponseSpec post(String path, String token, String json) {
		return this.service.post(path, token, json);
	}

	public WebTestClient.ResponseSpec operatorPost(String path, String json) {
		return post(path, IdentityTokens.operator(), json);
	}

	/**
	 * A post without the identity the gateway vouches for.
	 * @param path the path
	 * @param json the body
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec anonymousPost(String path, String json) {
		return this.service.post(path, null, json);
	}

	public WebTestClient.ResponseSpec get(String path, String token) {
		return this.service.get(path, token);
	}

	public WebTestClient.ResponseSpec file(UUID personId) {
		return get("/api/persons/" + personId, IdentityTokens.operator());
	}

	/**
	 * Registers a new returnee.
	 * @param lastExposureOn the day of the last exposure
	 * @return the person, on file
	 */
	public TestPerson registered(LocalDate lastExposureOn) {
		TestPerson person = TestPerson.returnee(lastExposureOn);
		operatorPost("/api/persons", person.json()).expectStatus().isCreated();
		return person;
	}

	/**
	 * Registers a new returnee and isolates them at home.
	 * @param lastExposureOn the day of the last exposure
	 * @param startedOn the first day of isolation
	 * @return the person, isolated
	 */
	public TestPerson isolated(LocalDate lastExposureOn, LocalDate startedOn) {
		TestPerson person = registered(lastExposureOn);
		operatorPost(path(person.personId(), "isolation"), isolation("HOME", "新华街道居家隔离", startedOn, 3)).expectStatus()
			.isOk();
		return person;
	}

	public static String path(UUID personId, String action) {
		return "/api/persons/" + personId + "/" + action;
	}

	/**
	 * An isolation with named monitors, each remembered as posted personal data.
	 * @param mode the mode
	 * @param site the site
	 * @param startedOn the first day
	 * @param monitors how many monitors
	 * @return the JSON
	 */
	public static String isolation(String mode, String site, LocalDate startedOn, int monitors) {
		StringBuilder list = new StringBuilder();
		String[] roles = { "村干部", "民警", "医务人员" };
		for (int i = 0; i < monitors; i++) {
			int n = MONITORS.incrementAndGet();
			String name = "网格员" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10) + "子丑寅卯辰巳午未申酉".charAt((n / 10) % 10)
					+ "东南西北".charAt((n / 100) % 4);
			String phone = "138%08d".formatted(52_000_000 + n);
			PostedPersonalData.remember(name, phone);
			list.append((i > 0) ? ", " : "").append("""
					{"name": "%s", "role": "%s", "phone": "%s"}""".formatted(name, roles[i % roles.length], phone));
		}
		return """
				{"mode": "%s", "site": "%s", "startedOn": "%s", "monitors": [%s]}""".formatted(mode, site, startedOn,
				list);
	}

	public static String day(String field, LocalDate day) {
		return """
				{"%s": "%s"}""".formatted(field, day);
	}

	/**
	 * Everything published for a person once the outbox is empty: at that point every
	 * committed event is on the topic, so what is there is all there will be.
	 * @param personId the key
	 * @return the records, in order
	 */
	public List<ConsumerRecord<String, byte[]>> publishedFor(UUID personId) {
		return this.records.publishedFor(personId.toString());
	}

	public List<String> typesPublishedFor(UUID personId) {
		return this.records.typesPublishedFor(personId.toString());
	}

	/**
	 * Checks a record is the CloudEvent of the given type about the person: keyed by the
	 * person, subject the same id, from this service, with the operator as actor.
	 * @param record the record
	 * @param personId the person
	 * @param type the logical type
	 */
	public static void assertAnnounced(ConsumerRecord<String, byte[]> record, UUID personId, String type) {
		assertThat(record.key()).isEqualTo(personId.toString());
		assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(personId.toString());
		assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
		assertThat(TopicRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/cordon/quarantine-service");
		assertThat(TopicRecords.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(TopicRecords.header(record, CloudEventHeaders.ID)).isNotBlank();
		assertThat(TopicRecords.header(record, CloudEventHeaders.ACTOR)).isEqualTo("key:test-operator (test operator)");
	}

	public void awaitOutboxEmpty() {
		this.records.awaitOutboxEmpty();
	}

	public long rows(String table, String idColumn, UUID id) {
		return this.records.rows(table, idColumn, id);
	}

	public DatabaseClient database() {
		return this.database;
	}

	public String bootstrap() {
		return this.bootstrap;
	}

}
