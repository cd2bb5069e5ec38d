package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * As many single reports as the platform takes: each worker is one checkpoint posting its
 * next report as soon as the previous one is answered (a closed loop).
 */
final class SingleReports {

	private SingleReports() {
	}

	static Result run(CordonClient cordon, List<Gate> gates, Duration duration) {
		Latencies latencies = new Latencies();
		AtomicLong accepted = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(60));
		long started = System.nanoTime();
		CompletableFuture<?>[] workers = gates.stream()
			.map((gate) -> next(cordon, gate, base, 0, deadline, latencies, accepted, failed))
			.toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(workers).join();
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(accepted.get() / seconds, latencies, failed.get());
	}

	private static CompletableFuture<Void> next(CordonClient cordon, Gate gate, Instant base, long n, long deadline,
			Latencies latencies, AtomicLong accepted, AtomicLong failed) {
		if (System.nanoTime() >= deadline) {
			return CompletableFuture.completedFuture(null);
		}
		long sent = System.nanoTime();
		return cordon.post("/api/checkpoints/" + gate.checkpointId() + "/counts", gate.key(), Reports.minute(base, n))
			.thenCompose((response) -> {
				if (response.statusCode() == 202) {
					accepted.incrementAndGet();
					latencies.add((System.nanoTime() - sent) / 1000);
				}
				else {
					failed.incrementAndGet();
				}
				return next(cordon, gate, base, n + 1, deadline, latencies, accepted, failed);
			});
	}

	/**
	 * @param perSecond accepted reports per second
	 * @param latencies POST latencies of the accepted reports
	 * @param failed answers other than 202
	 */
	record Result(double perSecond, Latencies latencies, long failed) {
	}

}
