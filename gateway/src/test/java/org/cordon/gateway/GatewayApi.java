package org.cordon.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Talks to the gateway as a client would.
 */
public final class GatewayApi {

	public static final String BOOTSTRAP_KEY = "test-bootstrap-admin-key-7c1e9a";

	private final WebTestClient client;

	public GatewayApi(int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public WebTestClient client() {
		return this.client;
	}

	public WebTestClient.ResponseSpec get(String path, String key) {
		return this.client.get().uri(path).headers((headers) -> headers.setBearerAuth(key)).exchange();
	}

	public WebTestClient.ResponseSpec post(String path, String key, String json) {
		return this.client.post()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(key))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	public WebTestClient.ResponseSpec delete(String path, String key) {
		return this.client.delete().uri(path).headers((headers) -> headers.setBearerAuth(key)).exchange();
	}

	/**
	 * Issues a key with the bootstrap admin key.
	 * @param name its name
	 * @param roles its roles
	 * @param checkpoints its scope
	 * @return the key as issued
	 */
	public Issued issue(String name, List<String> roles, List<String> checkpoints) {
		String json = """
				{"name": "%s", "roles": %s, "checkpoints": %s}""".formatted(name, jsonArray(roles),
				jsonArray(checkpoints));
		Map<?, ?> answer = post("/api/admin/keys", BOOTSTRAP_KEY, json).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return new Issued((String) answer.get("keyId"), (String) answer.get("key"));
	}

	/**
	 * Creates a user with the bootstrap admin key.
	 * @param username the username
	 * @param password the password
	 * @param roles the roles
	 */
	public void createUser(String username, String password, String... roles) {
		String json = "{\"username\": \"%s\", \"password\": \"%s\", \"roles\": %s}".formatted(username, password,
				jsonArray(List.of(roles)));
		post("/api/admin/users", BOOTSTRAP_KEY, json).expectStatus().isCreated();
	}

	public Issued issue(String name, String role) {
		return issue(name, List.of(role), List.of());
	}

	/**
	 * Calls a routed path and returns what the service received.
	 * @param path the path
	 * @param key the key
	 * @return the echo
	 */
	public Upstream.Echo echoOf(String path, String key) {
		return get(path, key).expectStatus().isOk().expectBody(Upstream.Echo.class).returnResult().getResponseBody();
	}

	static String jsonArray(List<String> values) {
		return values.stream().map((v) -> "\"" + v + "\"").toList().toString();
	}

	/**
	 * A key as the admin received it.
	 *
	 * @param keyId its id
	 * @param key its secret
	 */
	public record Issued(String keyId, String key) {

	}

}
