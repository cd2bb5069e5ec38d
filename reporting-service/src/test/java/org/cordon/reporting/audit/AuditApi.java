package org.cordon.reporting.audit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Reads the audit stream as the gateway would, with the query string sent exactly as
 * written (already encoded).
 */
final class AuditApi {

	static final String EVENTS = "/api/audit/events";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final WebTestClient client;

	AuditApi(int port) {
		this.base = "http://localhost:" + port;
		this.client = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(60)).build();
	}

	static String auditor() {
		return IdentityTokens.token("key:auditor", "auditor on duty", List.of("auditor"), List.of());
	}

	WebTestClient.ResponseSpec get(String query, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(uri(query));
		if (token != null) {
			request = request.header(IdentityTokens.HEADER, token);
		}
		return request.exchange();
	}

	/**
	 * @param query the query string, encoded, without {@code ?}
	 * @return the events, one JSON object per line, as an auditor reads them
	 */
	List<JsonNode> events(String query) {
		byte[] body = get(query, auditor()).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		if (body == null) {
			return List.of();
		}
		return Arrays.stream(new String(body, StandardCharsets.UTF_8).split("\n"))
			.filter((line) -> !line.isBlank())
			.map((line) -> JSON.readTree(line))
			.toList();
	}

	/**
	 * Expects a 400 problem+json naming a parameter.
	 * @param query the query string
	 * @param field the parameter the problem must name
	 */
	void expectInvalid(String query, String field) {
		get(query, auditor()).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	/**
	 * The stream's lines as they arrive, read only as fast as the subscriber asks.
	 * @param query the query string
	 * @return the lines
	 */
	Flux<String> lines(String query) {
		return WebClient.create()
			.get()
			.uri(uri(query))
			.accept(MediaType.APPLICATION_NDJSON)
			.header(IdentityTokens.HEADER, auditor())
			.retrieve()
			.bodyToFlux(String.class);
	}

	private URI uri(String query) {
		return URI.create(this.base + EVENTS + (query.isEmpty() ? "" : "?" + query));
	}

}
