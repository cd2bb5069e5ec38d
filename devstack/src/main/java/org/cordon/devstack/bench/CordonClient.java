package org.cordon.devstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's view of Cordon: its public API through the gateway, nothing else.
 */
final class CordonClient {

	private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	CordonClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	HttpClient http() {
		return this.http;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	UUID registerCheckpoint(String adminKey, String name) {
		UUID id = UUID.randomUUID();
		String body = "{\"checkpointId\":\"%s\",\"name\":\"%s\",\"region\":\"bench\",\"kind\":\"CITY_ENTRANCE\"}"
			.formatted(id, name);
		HttpResponse<String> response = post("/api/checkpoints", adminKey, body).join();
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"Registering a checkpoint answered " + response.statusCode() + ": " + response.body());
		}
		return id;
	}

	/**
	 * Registers a checkpoint and issues it a key of its own.
	 * @param adminKey an admin key
	 * @param name the checkpoint's name
	 * @return the checkpoint and its key
	 */
	Gate registerGate(String adminKey, String name) {
		UUID checkpoint = registerCheckpoint(adminKey, name);
		String body = "{\"name\":\"%s key\",\"roles\":[\"checkpoint\"],\"checkpoints\":[\"%s\"]}".formatted(name,
				checkpoint);
		HttpResponse<String> response = post("/api/admin/keys", adminKey, body).join();
		Matcher key = KEY.matcher(response.body());
		if (response.statusCode() != 201 || !key.find()) {
			throw new IllegalStateException("Issuing a key answered " + response.statusCode() + ": " + response.body());
		}
		return new Gate(checkpoint, key.group(1));
	}

	/**
	 * @return a connection of its own for one worker that posts many requests
	 */
	KeepAliveConnection connection() {
		return new KeepAliveConnection(this.baseUrl);
	}

	CompletableFuture<HttpResponse<String>> post(String path, String key, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

}
