package org.cordon.testsupport;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls a service on its port as the gateway would: JSON bodies and the signed identity
 * header, never an API key. The services' test APIs add their own paths and bodies on
 * top.
 */
public final class ServiceClient {

	private final WebTestClient client;

	/**
	 * @param port the service's local HTTP port
	 */
	public ServiceClient(int port) {
		// generous: a busy build machine can take seconds to answer the first request
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	/**
	 * @return the client itself, for requests the helpers below do not cover
	 */
	public WebTestClient client() {
		return this.client;
	}

	/**
	 * @param path the path
	 * @param token an identity token from {@link IdentityTokens}, or null for none
	 * @param json the body
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec post(String path, String token, String json) {
		WebTestClient.RequestBodySpec request = this.client.post().uri(path);
		if (token != null) {
			request = request.header(IdentityTokens.HEADER, token);
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	/**
	 * @param pathAndQuery the path with its query
	 * @param token an identity token from {@link IdentityTokens}, or null for none
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec get(String pathAndQuery, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(pathAndQuery);
		if (token != null) {
			request = request.header(IdentityTokens.HEADER, token);
		}
		return request.exchange();
	}

}
