package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.testsupport.IdentityTokens;

/**
 * Reads two views every few milliseconds as a dashboard would, and notes every answer
 * that is not a 200 or that shows less than an answer before it: while only additions are
 * published, a view's totals can only grow, so a smaller one is an empty or a partial
 * view.
 */
final class ViewsPoller implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SUMMARY = "/api/views/checkpoints/summary?from=2020-02-01&to=2020-02-29";

	static final String STOCK = "/api/views/supplies/stock";

	private final WebClient client;

	/** Signed once: signing for every read would cost more than the reads. */
	private final String viewer = IdentityTokens.viewer();

	private final List<String> anomalies = new CopyOnWriteArrayList<>();

	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicLong vehicles = new AtomicLong(-1);

	private final AtomicLong checkpoints = new AtomicLong(-1);

	private final AtomicLong received = new AtomicLong(-1);

	private final Disposable polling;

	ViewsPoller(int port) {
		this.client = WebClient.create("http://localhost:" + port);
		this.polling = Flux.interval(Duration.ofMillis(5))
			.onBackpressureDrop()
			.concatMap((tick) -> read(SUMMARY).zipWith(read(STOCK)), 1)
			.subscribe((views) -> {
				this.reads.incrementAndGet();
				JsonNode summary = views.getT1();
				grows("vehiclesInspected", this.vehicles, summary.get("totals").get("vehiclesInspected").asLong());
				grows("byCheckpoint", this.checkpoints, summary.get("byCheckpoint").size());
				grows("received", this.received,
						views.getT2().valueStream().mapToLong((line) -> line.get("received").asLong()).sum());
			}, (failure) -> this.anomalies.add("polling stopped: " + failure));
	}

	private Mono<JsonNode> read(String path) {
		return this.client.get()
			.uri(path)
			.header(IdentityTokens.HEADER, this.viewer)
			.exchangeToMono((response) -> response.bodyToMono(String.class).defaultIfEmpty("").map((body) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					this.anomalies.add(path + " answered " + response.statusCode() + ": " + body);
					return JSON.nullNode();
				}
				return JSON.readTree(body);
			}))
			.onErrorResume((failure) -> {
				this.anomalies.add(path + " failed: " + failure);
				return Mono.just(JSON.nullNode());
			})
			.filter((node) -> !node.isNull());
	}

	private void grows(String figure, AtomicLong last, long now) {
		long before = last.getAndSet(now);
		if (now < before) {
			this.anomalies.add(figure + " fell from " + before + " to " + now);
		}
	}

	int reads() {
		return this.reads.get();
	}

	List<String> anomalies() {
		return List.copyOf(this.anomalies);
	}

	@Override
	public void close() {
		this.polling.dispose();
	}

}
