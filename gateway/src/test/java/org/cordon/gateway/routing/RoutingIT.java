package org.cordon.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;
import org.cordon.gateway.Upstream;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class RoutingIT {

	private static final int MIB = 1024 * 1024;

	@LocalServerPort
	int port;

	GatewayApi api;

	String checkpointKey;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
		this.checkpointKey = this.api.issue("big sender", List.of("checkpoint"), List.of("*")).key();
	}

	@Test
	void aRequestReachesTheServiceExactlyOnce() {
		String requestId = UUID.randomUUID().toString();

		this.api.client()
			.post()
			.uri("/api/checkpoints/" + UUID.randomUUID() + "/counts")
			.headers((headers) -> headers.setBearerAuth(this.checkpointKey))
			.header(Upstream.REQUEST_ID, requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(Upstream.arrivals(requestId)).isEqualTo(1);
	}

	@Test
	void aBodyOfExactlyOneMebibyteGoesThroughWithOrWithoutALength() {
		assertThat(post(new byte[MIB]).expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody()
			.bodyBytes()).isEqualTo(MIB);
		assertThat(postChunked(16, MIB / 16).expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody()
			.bodyBytes()).isEqualTo(MIB);
	}

	@Test
	void aBodyOverOneMebibyteWithALengthIsA413() {
		post(new byte[MIB + 1]).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:payload-too-large");
	}

	@Test
	void aChunkedBodyIsCountedWhileItStreamsAndRefusedPastOneMebibyte() {
		postChunked(20, 64 * 1024).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:payload-too-large");
	}

	@Test
	void aServiceThatIsDownIsA503WithRetryAfter() {
		String operator = this.api.issue("operator", "operator").key();

		this.api.post("/api/persons", operator, "{}")
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:service-unavailable")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("quarantine").contains("Nothing was changed"));
		this.api.get("/api/supplies/items", operator).expectStatus().isEqualTo(503);
		this.api.get("/api/inspections/issues", operator).expectStatus().isEqualTo(503);
	}

	@Test
	void serverSentEventsArriveAsTheyAreSentNotAllAtTheEnd() {
		String viewer = this.api.issue("dashboard", "viewer").key();

		List<Long> arrivals = WebClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/stream?views=checkpoints")
			.headers((headers) -> headers.setBearerAuth(viewer))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.map((event) -> System.nanoTime())
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(arrivals).hasSize(Upstream.STREAMED_EVENTS);
		Duration spread = Duration.ofNanos(arrivals.get(arrivals.size() - 1) - arrivals.get(0));
		// sent 300 ms apart: 1.2 s from first to last; buffered, they would arrive
		// together
		assertThat(spread).isGreaterThan(Duration.ofMillis(800));
	}

	private WebTestClient.ResponseSpec post(byte[] body) {
		return this.api.client()
			.post()
			.uri("/api/checkpoints/" + UUID.randomUUID() + "/counts")
			.headers((headers) -> headers.setBearerAuth(this.checkpointKey))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec postChunked(int chunks, int chunkSize) {
		Flux<DataBuffer> body = Flux.range(0, chunks)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[chunkSize]));
		return this.api.client()
			.post()
			.uri("/api/checkpoints/" + UUID.randomUUID() + "/counts")
			.headers((headers) -> headers.setBearerAuth(this.checkpointKey))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body, DataBuffer.class)
			.exchange();
	}

}
