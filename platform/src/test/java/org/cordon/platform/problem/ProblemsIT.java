package org.cordon.platform.problem;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.testapp.NotesApi;
import org.cordon.platform.testapp.PlatformIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

/**
 * Every error is answered as problem+json, and bad input names the field.
 */
@PlatformIntegrationTest
class ProblemsIT {

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = NotesApi.client(this.port);
	}

	@Test
	void anUnknownFieldIsRefusedNamingIt() {
		invalid("{\"noteId\": \"%s\", \"text\": \"x\", \"colour\": \"red\"}".formatted(UUID.randomUUID()), "colour");
	}

	@Test
	void aFractionWhereAnIntegerIsExpectedIsRefusedNamingTheField() {
		invalid("{\"noteId\": \"%s\", \"text\": \"x\", \"pages\": 1.5}".formatted(UUID.randomUUID()), "pages");
	}

	@Test
	void aNumberWhereAStringIsExpectedIsRefusedNamingTheField() {
		invalid("{\"noteId\": \"%s\", \"text\": 12}".formatted(UUID.randomUUID()), "text");
	}

	@Test
	void aStringWhereANumberIsExpectedIsRefusedNamingTheField() {
		invalid("{\"noteId\": \"%s\", \"text\": \"x\", \"pages\": \"3\"}".formatted(UUID.randomUUID()), "pages");
	}

	@Test
	void anIdThatIsNotAUuidIsRefusedNamingTheField() {
		invalid("{\"noteId\": \"not-a-uuid\", \"text\": \"x\"}", "noteId");
	}

	@Test
	void malformedJsonIsABadRequest() {
		NotesApi.post(this.client, IdentityTokens.operator(), "{\"noteId\": ")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aBodyOverOneMebibyteIsRefusedWith413() {
		String huge = "{\"noteId\": \"%s\", \"text\": \"%s\"}".formatted(UUID.randomUUID(), "x".repeat(1_100_000));

		NotesApi.post(this.client, IdentityTokens.operator(), huge)
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedWith415() {
		this.client.post()
			.uri("/api/notes")
			.header(IdentityTokens.HEADER, IdentityTokens.operator())
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hello")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anUnknownPathIsA404Problem() {
		this.client.get()
			.uri("/api/nothing-here")
			.header(IdentityTokens.HEADER, IdentityTokens.admin())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:not-found");
	}

	private void invalid(String body, String field) {
		NotesApi.post(this.client, IdentityTokens.operator(), body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:invalid-input")
			.jsonPath("$.title")
			.isEqualTo("Invalid input")
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.exists()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.exists();
	}

}
