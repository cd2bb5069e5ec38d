package org.cordon.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import reactor.core.Disposable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.devstack.Stack;

/**
 * The public entry of the running system, as a client uses it: JSON with an API key, and
 * the live stream.
 */
final class Gateway {

	private final Stack stack;

	private final WebTestClient client;

	private Gateway(Stack stack) {
		this.stack = stack;
		this.client = WebTestClient.bindToServer()
			.baseUrl(stack.gatewayUrl())
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * @return the gateway of the one system of this test JVM, started when first asked
	 */
	static Gateway ofTheSystem() {
		return new Gateway(SystemStack.get());
	}

	/**
	 * @return the gateway's base URL
	 */
	String url() {
		return this.stack.gatewayUrl();
	}

	/**
	 * @return the broker the services publish to, for reading what they published
	 */
	String kafkaBootstrap() {
		return "localhost:" + this.stack.ports().kafka();
	}

	/**
	 * @return every log line every component of the system wrote so far
	 */
	String logs() {
		try (Stream<Path> files = Files.list(this.stack.layout().logs())) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.toList()) {
				all.append(Files.readString(file, StandardCharsets.UTF_8));
			}
			return all.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebTestClient.ResponseSpec post(String path, String key, String json) {
		return this.client.post()
			.uri(path)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	WebTestClient.ResponseSpec get(String path, String key) {
		return this.client.get().uri(path).header("Authorization", "Bearer " + key).exchange();
	}

	WebTestClient.ResponseSpec get(String path, String key, MediaType accept) {
		return this.client.get().uri(path).header("Authorization", "Bearer " + key).accept(accept).exchange();
	}

	WebTestClient.RequestHeadersUriSpec<?> delete() {
		return this.client.delete();
	}

	WebTestClient.RequestBodyUriSpec post() {
		return this.client.post();
	}

	/**
	 * Follows the live stream as a viewer until disposed.
	 * @param views the views to follow, comma-separated
	 * @param events where the received events go
	 * @return the subscription
	 */
	Disposable watch(String views, List<ServerSentEvent<String>> events) {
		return WebClient.create(this.stack.gatewayUrl())
			.get()
			.uri("/api/stream?views=" + views)
			.header("Authorization", "Bearer dev-viewer-key")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.subscribe(events::add);
	}

}
