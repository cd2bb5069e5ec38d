package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Backlog uploads: each worker posts batches of 1000 reports for its checkpoint, one
 * after the other.
 */
final class BatchReports {

	static final int BATCH = 1000;

	private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

	private BatchReports() {
	}

	static double run(CordonClient cordon, List<Gate> gates, Duration duration) {
		AtomicLong accepted = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(3000));
		long started = System.nanoTime();
		CompletableFuture<?>[] workers = gates.stream()
			.map((gate) -> next(cordon, gate, base, 0, deadline, accepted))
			.toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(workers).join();
		return accepted.get() / ((System.nanoTime() - started) / 1e9);
	}

	private static CompletableFuture<Void> next(CordonClient cordon, Gate gate, Instant base, long batch, long deadline,
			AtomicLong accepted) {
		if (System.nanoTime() >= deadline) {
			return CompletableFuture.completedFuture(null);
		}
		String body = LongStream.range(batch * BATCH, (batch + 1) * BATCH)
			.mapToObj((n) -> Reports.minute(base, n))
			.collect(Collectors.joining(",", "{\"reports\":[", "]}"));
		return cordon.post("/api/checkpoints/" + gate.checkpointId() + "/counts/batch", gate.key(), body)
			.thenCompose((response) -> {
				Matcher matcher = ACCEPTED.matcher(response.body());
				if (response.statusCode() == 200 && matcher.find()) {
					accepted.addAndGet(Long.parseLong(matcher.group(1)));
				}
				return next(cordon, gate, base, batch + 1, deadline, accepted);
			});
	}

}
