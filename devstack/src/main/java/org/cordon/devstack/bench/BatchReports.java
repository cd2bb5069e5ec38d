package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

	static double run(CordonClient cordon, List<Gate> gates, Duration duration) throws InterruptedException {
		AtomicLong accepted = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(3000));
		long started = System.nanoTime();
		List<Thread> workers = gates.stream()
			.map((gate) -> new Thread(() -> post(cordon, gate, base, deadline, accepted),
					"batch-" + gate.checkpointId()))
			.toList();
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		return accepted.get() / ((System.nanoTime() - started) / 1e9);
	}

	private static void post(CordonClient cordon, Gate gate, Instant base, long deadline, AtomicLong accepted) {
		String path = "/api/checkpoints/" + gate.checkpointId() + "/counts/batch";
		try (KeepAliveConnection connection = cordon.connection()) {
			for (long batch = 0; System.nanoTime() < deadline; batch++) {
				String body = LongStream.range(batch * BATCH, (batch + 1) * BATCH)
					.mapToObj((n) -> Reports.minute(base, n))
					.collect(Collectors.joining(",", "{\"reports\":[", "]}"));
				try {
					KeepAliveConnection.Answer answer = connection.post(path, gate.key(), body);
					Matcher matcher = ACCEPTED.matcher(answer.body());
					if (answer.status() == 200 && matcher.find()) {
						accepted.addAndGet(Long.parseLong(matcher.group(1)));
					}
				}
				catch (RuntimeException ex) {
					// a batch not answered counts nothing; the next opens a new
					// connection
				}
			}
		}
	}

}
