package org.cordon.devstack.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Posts at a fixed rate (an open loop, as checkpoints do) while a viewer watches the live
 * stream, and measures from sending a report to seeing its change on the stream. Each
 * report lies on a day of its own, so the event for (checkpoint, day) is its event.
 */
final class StreamLatency {

	private static final Pattern CHANGE = Pattern
		.compile("\"checkpointId\"\\s*:\\s*\"([0-9a-f-]{36})\".*\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

	/**
	 * Connections posting at once: a report waits for a free one (its latency counted
	 * from when it was due), so the rate holds while the platform answers within 160 ms.
	 */
	private static final int POSTING_CONNECTIONS = 32;

	private StreamLatency() {
	}

	/**
	 * The first seconds with the viewer connected, not counted: the warm-up before posts
	 * single reports with no viewer, so the stream's own path (reporting's change feed
	 * and SSE, the gateway's passthrough) would otherwise be compiled while it is
	 * measured.
	 */
	static final Duration STREAM_WARMUP = Duration.ofSeconds(10);

	private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	static Measured run(CordonClient cordon, String viewerKey, List<Gate> gates, int perSecond, Duration duration)
			throws InterruptedException {
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		AtomicReference<Latencies> toEvent = new AtomicReference<>(new Latencies());
		Viewer viewer = watch(cordon, viewerKey, sentAt, toEvent);
		try {
			Result warmUp = post(cordon, gates, perSecond, STREAM_WARMUP, FIRST_DAY, sentAt, toEvent.get());
			// an event of the warm-up arriving later must not count as measured
			sentAt.clear();
			toEvent.set(new Latencies());
			LocalDate afterWarmUp = FIRST_DAY.plusDays(perSecond * STREAM_WARMUP.toSeconds() / gates.size() + 1);
			Result measured = post(cordon, gates, perSecond, duration, afterWarmUp, sentAt, toEvent.get());
			return new Measured(warmUp, measured);
		}
		finally {
			viewer.hangUp();
		}
	}

	private static Result post(CordonClient cordon, List<Gate> gates, int perSecond, Duration duration,
			LocalDate firstDay, Map<String, Long> sentAt, Latencies toEvent) throws InterruptedException {
		Latencies post = new Latencies();
		AtomicLong failed = new AtomicLong();
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		ExecutorService posting = Executors.newFixedThreadPool(POSTING_CONNECTIONS);
		List<KeepAliveConnection> opened = new CopyOnWriteArrayList<>();
		ThreadLocal<KeepAliveConnection> connections = ThreadLocal.withInitial(() -> {
			KeepAliveConnection connection = cordon.connection();
			opened.add(connection);
			return connection;
		});
		AtomicLong sent = new AtomicLong();
		long total = perSecond * duration.toSeconds();
		pacer.scheduleAtFixedRate(() -> {
			long n = sent.getAndIncrement();
			if (n >= total) {
				return;
			}
			Gate gate = gates.get((int) (n % gates.size()));
			UUID checkpoint = gate.checkpointId();
			LocalDate day = firstDay.plusDays(n / gates.size());
			long start = System.nanoTime();
			sentAt.put(checkpoint + "|" + day, start);
			String report = Reports.onDay(day);
			posting.execute(() -> {
				try {
					int status = connections.get()
						.post("/api/checkpoints/" + checkpoint + "/counts", gate.key(), report)
						.status();
					if (status == 202) {
						post.add((System.nanoTime() - start) / 1000);
						return;
					}
				}
				catch (RuntimeException ex) {
					// counted below
				}
				failed.incrementAndGet();
			});
		}, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
		pacer.awaitTermination(duration.toMillis() + 500, TimeUnit.MILLISECONDS);
		pacer.shutdownNow();
		posting.shutdown();
		posting.awaitTermination(30, TimeUnit.SECONDS);
		opened.forEach(KeepAliveConnection::close);
		long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (toEvent.count() < post.count() && System.nanoTime() < waitUntil) {
			Thread.sleep(50);
		}
		return new Result(post, toEvent, failed.get(), post.count() - toEvent.count());
	}

	private static Viewer watch(CordonClient cordon, String viewerKey, Map<String, Long> sentAt,
			AtomicReference<Latencies> toEvent) throws InterruptedException {
		AtomicLong connected = new AtomicLong();
		AtomicReference<Stream<String>> lines = new AtomicReference<>();
		Thread watcher = new Thread(() -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create(cordon.baseUrl() + "/api/stream?views=checkpoints"))
				.header("Authorization", "Bearer " + viewerKey)
				.header("Accept", "text/event-stream")
				.build();
			try {
				HttpResponse<Stream<String>> response = cordon.http()
					.send(request, HttpResponse.BodyHandlers.ofLines());
				lines.set(response.body());
				connected.set(response.statusCode());
				response.body().forEach((line) -> {
					if (!line.startsWith("data:")) {
						return;
					}
					Matcher change = CHANGE.matcher(line);
					if (change.find()) {
						Long sent = sentAt.remove(change.group(1) + "|" + change.group(2));
						if (sent != null) {
							toEvent.get().add((System.nanoTime() - sent) / 1000);
						}
					}
				});
			}
			catch (Exception ex) {
				connected.compareAndSet(0, -1);
			}
		}, "stream-watcher");
		watcher.setDaemon(true);
		watcher.start();
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (connected.get() == 0 && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		Viewer viewer = new Viewer(watcher, lines);
		if (connected.get() != 200) {
			viewer.hangUp();
			throw new IllegalStateException("The live stream answered " + connected.get());
		}
		return viewer;
	}

	/**
	 * The viewer of the phase, hung up when it ends. Interrupting its thread alone does
	 * not end a blocking read of the response: the stream stayed open, and every later
	 * phase paid for streaming every change to it (ADR 26).
	 */
	private record Viewer(Thread watcher, AtomicReference<Stream<String>> lines) {

		void hangUp() throws InterruptedException {
			Stream<String> open = this.lines.get();
			if (open != null) {
				// closing the lines cancels the response's subscription: the connection
				// closes
				open.close();
			}
			this.watcher.interrupt();
			this.watcher.join(Duration.ofSeconds(5).toMillis());
		}

	}

	/**
	 * @param post POST latencies
	 * @param toEvent POST-to-stream-event latencies
	 * @param failed posts not answered 202
	 * @param missing accepted reports whose event did not arrive within 10 s
	 */
	record Result(Latencies post, Latencies toEvent, long failed, long missing) {
	}

	/**
	 * @param warmUp the first {@link #STREAM_WARMUP} with the viewer, not counted
	 * @param measured the phase's time after it
	 */
	record Measured(Result warmUp, Result measured) {
	}

}
