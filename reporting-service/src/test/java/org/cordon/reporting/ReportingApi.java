package org.cordon.reporting;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Reads reporting-service's views and stream as the gateway would.
 */
public final class ReportingApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final WebTestClient client;

	public ReportingApi(int port) {
		this.port = port;
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public WebTestClient.ResponseSpec get(String pathAndQuery, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(pathAndQuery);
		if (token != null) {
			request = request.header(IdentityTokens.HEADER, token);
		}
		return request.exchange();
	}

	/**
	 * @param query the summary's query string, without {@code ?}
	 * @return the summary as a viewer sees it
	 */
	public JsonNode summary(String query) {
		return view("/api/views/checkpoints/summary?" + query);
	}

	/**
	 * @param pathAndQuery a view's path and query
	 * @return the view as a viewer reads it
	 */
	public JsonNode view(String pathAndQuery) {
		byte[] body = get(pathAndQuery, IdentityTokens.viewer()).expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		return JSON.readTree(body);
	}

	/**
	 * Expects a 400 problem+json naming a field.
	 * @param pathAndQuery a view's path and query
	 * @param field the field the problem must name
	 */
	public void expectInvalid(String pathAndQuery, String field) {
		get(pathAndQuery, IdentityTokens.viewer()).expectStatus()
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
	 * Expects a view to answer only viewers (an auditor is one): 401 without an identity,
	 * 403 for a checkpoint key or an operator.
	 * @param pathAndQuery a view's path and query
	 */
	public void expectViewersOnly(String pathAndQuery) {
		get(pathAndQuery, null).expectStatus().isUnauthorized();
		get(pathAndQuery, IdentityTokens.checkpoint("*")).expectStatus().isForbidden();
		get(pathAndQuery, IdentityTokens.operator()).expectStatus().isForbidden();
		get(pathAndQuery, IdentityTokens.token("key:auditor", "auditor", List.of("auditor"), List.of())).expectStatus()
			.isOk();
		get(pathAndQuery, IdentityTokens.viewer()).expectStatus().isOk();
	}

	/**
	 * Opens the live stream and records what arrives, until closed.
	 * @param views the {@code views} parameter
	 * @param lastEventId the {@code Last-Event-ID} header, or null
	 * @return the open stream
	 */
	public EventStream stream(String views, String lastEventId) {
		WebClient.RequestHeadersSpec<?> request = WebClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/stream?views=" + views)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header(IdentityTokens.HEADER, IdentityTokens.viewer());
		if (lastEventId != null) {
			request = request.header("Last-Event-ID", lastEventId);
		}
		EventStream stream = new EventStream();
		stream.subscription = request.retrieve().bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
		}).subscribe((event) -> stream.received.add(new Received(event, System.nanoTime())));
		return stream;
	}

	/**
	 * The events of one open stream, in arrival order.
	 */
	public static final class EventStream implements AutoCloseable {

		private final List<Received> received = new CopyOnWriteArrayList<>();

		private Disposable subscription;

		/**
		 * @return every event but heartbeat comments
		 */
		public List<Received> events() {
			return this.received.stream().filter((r) -> r.event().event() != null).toList();
		}

		public List<Received> comments() {
			return this.received.stream().filter((r) -> r.event().comment() != null).toList();
		}

		/**
		 * @param view the view, the SSE event name
		 * @return the change events of that view
		 */
		public List<Received> changes(String view) {
			return events().stream().filter((r) -> view.equals(r.event().event())).toList();
		}

		@Override
		public void close() {
			this.subscription.dispose();
		}

	}

	/**
	 * An event and when it arrived.
	 *
	 * @param event the event
	 * @param nanos {@link System#nanoTime()} at arrival
	 */
	public record Received(ServerSentEvent<String> event, long nanos) {

		public long id() {
			return Long.parseLong(this.event.id());
		}

		public JsonNode data() {
			return JSON.readTree(this.event.data());
		}

	}

}
