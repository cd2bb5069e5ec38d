package org.cordon.platform.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.platform.testapp.NotesApi;
import org.cordon.platform.testapp.PlatformIntegrationTest;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class ClientIdsIT {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	DatabaseClient database;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = NotesApi.client(this.port);
	}

	@Test
	void theSameIdWithTheSameContentIsAnsweredWithTheFirstResultAndCreatesNothing() {
		UUID id = UUID.randomUUID();
		String body = note(id, "masks counted", 2);

		NotesApi.post(this.client, IdentityTokens.operator(), body).expectStatus().isCreated();
		NotesApi.post(this.client, IdentityTokens.operator(), body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.noteId")
			.isEqualTo(id.toString())
			.jsonPath("$.text")
			.isEqualTo("masks counted");

		assertThat(rows(id)).isEqualTo(1);
		assertThat(publishedOnceDrained(id)).hasSize(1);
	}

	@Test
	void theSameIdWithOtherContentIsAConflictAndChangesNothing() {
		UUID id = UUID.randomUUID();
		NotesApi.post(this.client, IdentityTokens.operator(), note(id, "first", 1)).expectStatus().isCreated();

		NotesApi.post(this.client, IdentityTokens.operator(), note(id, "second", 1))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(409)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(id.toString()));

		assertThat(this.database.sql("select text from notes where note_id = $1")
			.bind(0, id)
			.map((row) -> row.get("text", String.class))
			.one()
			.block()).isEqualTo("first");
		assertThat(publishedOnceDrained(id)).hasSize(1);
	}

	@Test
	void concurrentRepeatsOfOneCreateCreateOnce() {
		UUID id = UUID.randomUUID();
		String body = note(id, "posted from a poor connection", 3);

		WebClient web = WebClient.create("http://localhost:" + this.port);
		List<HttpStatusCode> statuses = Flux.range(0, 12)
			.flatMap((i) -> web.post()
				.uri("/api/notes")
				.header(IdentityTokens.HEADER, IdentityTokens.operator())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode())), 12)
			.collectList()
			.block();

		assertThat(statuses).filteredOn((status) -> status.value() == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status.value() == 200).hasSize(11);

		assertThat(rows(id)).isEqualTo(1);
		assertThat(publishedOnceDrained(id)).hasSize(1);
	}

	@Test
	void aCrashBetweenTheChangeAndItsAnswerLeavesNeitherTheChangeNorTheClaim() {
		UUID id = UUID.randomUUID();

		NotesApi.post(this.client, IdentityTokens.operator(), note(id, "fail", 1)).expectStatus().isEqualTo(500);

		assertThat(rows(id)).isZero();
		assertThat(this.database.sql("select count(*) as n from client_ids where client_id = $1")
			.bind(0, id)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
		NotesApi.post(this.client, IdentityTokens.operator(), note(id, "retried", 1)).expectStatus().isCreated();
		assertThat(publishedOnceDrained(id)).extracting(TopicRecords::value)
			.singleElement()
			.asString()
			.contains("retried");
	}

	private long rows(UUID id) {
		return this.database.sql("select count(*) as n from notes where note_id = $1")
			.bind(0, id)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	/**
	 * Once the outbox is empty, every committed event is on the topic: what is there now
	 * is all there will be.
	 */
	private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> publishedOnceDrained(UUID id) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.database.sql("select count(*) as n from outbox")
				.map((row) -> row.get("n", Long.class))
				.one()
				.block() == 0);
		return TopicRecords.readKey(this.bootstrap, "checkpoint.events", id.toString());
	}

	static String note(UUID id, String text, int pages) {
		return """
				{"noteId": "%s", "text": "%s", "pages": %d}""".formatted(id, text, pages);
	}

}
