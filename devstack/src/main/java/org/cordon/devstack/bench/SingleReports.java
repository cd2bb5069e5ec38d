package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * As many single reports as the platform takes: each worker is one checkpoint posting its
 * next report as soon as the previous one is answered (a closed loop), on a connection of
 * its own.
 */
final class SingleReports {

	private SingleReports() {
	}

	static Result run(CordonClient cordon, List<Gate> gates, Duration duration) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicLong accepted = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(60));
		long started = System.nanoTime();
		List<Thread> workers = gates.stream()
			.map((gate) -> new Thread(() -> post(cordon, gate, base, deadline, latencies, accepted, failed),
					"single-" + gate.checkpointId()))
			.toList();
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(accepted.get() / seconds, latencies, failed.get());
	}

	private static void post(CordonClient cordon, Gate gate, Instant base, long deadline, Latencies latencies,
			AtomicLong accepted, AtomicLong failed) {
		String path = "/api/checkpoints/" + gate.checkpointId() + "/counts";
		try (KeepAliveConnection connection = cordon.connection()) {
			for (long n = 0; System.nanoTime() < deadline; n++) {
				long sent = System.nanoTime();
				try {
					if (connection.post(path, gate.key(), Reports.minute(base, n)).status() == 202) {
						accepted.incrementAndGet();
						latencies.add((System.nanoTime() - sent) / 1000);
						continue;
					}
				}
				catch (RuntimeException ex) {
					// counted below; the connection opens again for the next report
				}
				failed.incrementAndGet();
			}
		}
	}

	/**
	 * @param perSecond accepted reports per second
	 * @param latencies POST latencies of the accepted reports
	 * @param failed answers other than 202
	 */
	record Result(double perSecond, Latencies latencies, long failed) {
	}

}
