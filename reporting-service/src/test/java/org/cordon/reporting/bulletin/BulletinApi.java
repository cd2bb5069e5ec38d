package org.cordon.reporting.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Reads the daily bulletin as the gateway would, for a viewer.
 */
final class BulletinApi {

	static final String PATH = "/api/views/bulletin";

	private final WebTestClient client;

	BulletinApi(int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	WebTestClient.ResponseSpec get(String query, String accept, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(PATH + query);
		if (accept != null) {
			request = request.header(HttpHeaders.ACCEPT, accept);
		}
		if (token != null) {
			request = request.header(IdentityTokens.HEADER, token);
		}
		return request.exchange();
	}

	/**
	 * @param date the day
	 * @return its bulletin as Markdown
	 */
	String markdown(LocalDate date) {
		return read("?date=" + date, "text/markdown", "text/markdown;charset=UTF-8");
	}

	/**
	 * @param date the day
	 * @return its bulletin as HTML, as a browser asks for it
	 */
	String html(LocalDate date) {
		return read("?date=" + date, "text/html,application/xhtml+xml,*/*;q=0.8", "text/html;charset=UTF-8");
	}

	private String read(String query, String accept, String contentType) {
		byte[] body = get(query, accept, IdentityTokens.viewer()).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(contentType)
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		return new String(body, StandardCharsets.UTF_8);
	}

}
