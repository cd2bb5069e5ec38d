package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Calls the views' admin endpoints as the gateway would, for an admin by default.
 */
final class AdminViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebTestClient client;

	AdminViews(int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
	}

	WebTestClient.ResponseSpec get(String path, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(path);
		return ((token != null) ? request.header(IdentityTokens.HEADER, token) : request).exchange();
	}

	WebTestClient.ResponseSpec post(String path, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.post().uri(path);
		return ((token != null) ? request.header(IdentityTokens.HEADER, token) : request).exchange();
	}

	/**
	 * @return the verification's answer
	 */
	JsonNode verify() {
		return read(get("/api/admin/views/verify", IdentityTokens.admin()).expectStatus().isOk());
	}

	/**
	 * Starts a rebuild, expecting it accepted.
	 * @return its id
	 */
	UUID rebuild() {
		JsonNode started = read(post("/api/admin/views/rebuild", IdentityTokens.admin()).expectStatus().isAccepted());
		return UUID.fromString(started.get("rebuildId").asString());
	}

	/**
	 * @param rebuildId a rebuild
	 * @return its progress resource
	 */
	JsonNode rebuild(UUID rebuildId) {
		return read(get("/api/admin/views/rebuild/" + rebuildId, IdentityTokens.admin()).expectStatus().isOk());
	}

	private static JsonNode read(WebTestClient.ResponseSpec response) {
		return JSON.readTree(response.expectBody().returnResult().getResponseBodyContent());
	}

}
