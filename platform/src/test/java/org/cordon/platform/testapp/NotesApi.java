package org.cordon.platform.testapp;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Calls the test application over HTTP as the gateway would.
 */
public final class NotesApi {

	private NotesApi() {
	}

	public static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public static WebTestClient.ResponseSpec post(WebTestClient client, String token, String json) {
		return client.post()
			.uri("/api/notes")
			.header(IdentityTokens.HEADER, token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
