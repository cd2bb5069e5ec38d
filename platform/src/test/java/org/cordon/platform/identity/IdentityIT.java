package org.cordon.platform.identity;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.testapp.CountedSessions;
import org.cordon.platform.testapp.NotesApi;
import org.cordon.platform.testapp.PlatformIntegrationTest;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Services trust only an identity the gateway signed; the actor it names is on every
 * event the request raises.
 */
@PlatformIntegrationTest
class IdentityIT {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	CountedSessions sessions;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = NotesApi.client(this.port);
	}

	@Test
	void aCallWithoutAnIdentityIsUnauthenticated() {
		this.client.post()
			.uri("/api/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(note())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void anIdentitySignedByAnotherKeyIsUnauthenticated() {
		NotesApi.post(this.client, IdentityTokens.forged(), note()).expectStatus().isUnauthorized();
	}

	@Test
	void anExpiredIdentityIsUnauthenticated() {
		NotesApi.post(this.client, IdentityTokens.expired(), note()).expectStatus().isUnauthorized();
	}

	@Test
	void theWrongRoleIsForbidden() {
		NotesApi.post(this.client, IdentityTokens.viewer(), note())
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("operator"));
	}

	@Test
	void aCallOpensNoWebSession() {
		int before = this.sessions.opened();

		NotesApi.post(this.client, IdentityTokens.operator(), note()).expectStatus().isCreated();

		// a session would cost a random id and two thread hops on every request
		assertThat(this.sessions.opened()).isEqualTo(before);
	}

	@Test
	void theActorAndTheCallersTraceTravelWithTheEvent() {
		UUID id = UUID.randomUUID();
		String trace = "0af7651916cd43dd8448eb211c80319c";

		this.client.post()
			.uri("/api/notes")
			.header(IdentityTokens.HEADER, IdentityTokens.operator())
			.header("traceparent", "00-" + trace + "-b7ad6b7169203331-01")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"noteId\": \"%s\", \"text\": \"traced\"}".formatted(id))
			.exchange()
			.expectStatus()
			.isCreated();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> TopicRecords.readKey(this.bootstrap, "checkpoint.events", id.toString()).size() == 1);
		ConsumerRecord<String, byte[]> record = TopicRecords.readKey(this.bootstrap, "checkpoint.events", id.toString())
			.get(0);
		assertThat(TopicRecords.header(record, CloudEventHeaders.ACTOR)).isEqualTo("key:test-operator (test operator)");
		assertThat(TopicRecords.header(record, CloudEventHeaders.TRACEPARENT)).startsWith("00-" + trace + "-");
	}

	private static String note() {
		return "{\"noteId\": \"%s\", \"text\": \"x\"}".formatted(UUID.randomUUID());
	}

}
