package org.cordon.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the services behind the gateway, one per test JVM: it answers every
 * request with what it received (method, path, headers, body size), and
 * {@code /api/stream} with a server-sent event every 300 ms.
 */
public final class Upstream {

	public static final int STREAMED_EVENTS = 5;

	public static final Duration EVENT_INTERVAL = Duration.ofMillis(300);

	/**
	 * A test's own request id, counted on arrival to show a request reaches a service
	 * once.
	 */
	public static final String REQUEST_ID = "X-Test-Request";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, AtomicInteger> ARRIVALS = new ConcurrentHashMap<>();

	private static final DisposableServer SERVER = HttpServer.create()
		.host("localhost")
		.port(0)
		.handle(Upstream::answer)
		.bindNow();

	private Upstream() {
	}

	public static String url() {
		return "http://localhost:" + SERVER.port();
	}

	/**
	 * A URL where nothing listens, as for a service that is down.
	 * @return the URL
	 */
	public static String nowhere() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://localhost:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many times a request with this {@link #REQUEST_ID} arrived.
	 * @param requestId the id
	 * @return the count
	 */
	public static int arrivals(String requestId) {
		AtomicInteger count = ARRIVALS.get(requestId);
		return (count != null) ? count.get() : 0;
	}

	private static Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
		String requestId = request.requestHeaders().get(REQUEST_ID);
		if (requestId != null) {
			ARRIVALS.computeIfAbsent(requestId, (id) -> new AtomicInteger()).incrementAndGet();
		}
		if (request.fullPath().equals("/api/stream")) {
			return response.header("Content-Type", "text/event-stream")
				.send(Flux.interval(EVENT_INTERVAL).take(STREAMED_EVENTS).map(Upstream::event), (buffer) -> true)
				.then();
		}
		return request.receive()
			.map((buffer) -> (long) buffer.readableBytes())
			.reduce(0L, Long::sum)
			.flatMap((bodyBytes) -> response.header("Content-Type", "application/json")
				.sendByteArray(Mono.just(JSON.writeValueAsBytes(echo(request, bodyBytes))))
				.then());
	}

	private static ByteBuf event(long n) {
		String event = "event: checkpoints\nid: " + n + "\ndata: {\"n\": " + n + "}\n\n";
		return Unpooled.wrappedBuffer(event.getBytes(StandardCharsets.UTF_8));
	}

	private static Echo echo(HttpServerRequest request, long bodyBytes) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((header) -> headers.computeIfAbsent(header.getKey().toLowerCase(), (name) -> new ArrayList<>())
				.add(header.getValue()));
		return new Echo(request.method().name(), request.uri(), headers, bodyBytes);
	}

	/**
	 * What the service received.
	 *
	 * @param method the method
	 * @param uri the path and query
	 * @param headers each header by lowercase name
	 * @param bodyBytes the size of the body
	 */
	public record Echo(String method, String uri, Map<String, List<String>> headers, long bodyBytes) {

		public List<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), List.of());
		}

	}

}
