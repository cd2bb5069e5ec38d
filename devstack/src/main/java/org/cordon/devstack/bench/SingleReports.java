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

	/** The gateway's 429 asks to retry after a second. */
	private static final Duration RATE_LIMITED_PAUSE = Duration.ofSeconds(1);

	private SingleReports() {
	}

	static Result run(CordonClient cordon, List<Gate> gates, Duration duration) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicLong accepted = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong rateLimited = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(60));
		long started = System.nanoTime();
		List<Thread> workers = gates.stream()
			.map((gate) -> new Thread(
					() -> post(cordon, gate, base, deadline, latencies, accepted, failed, rateLimited),
					"single-" + gate.checkpointId()))
			.toList();
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(accepted.get() / seconds, latencies, failed.get(), rateLimited.get());
	}

	private static void post(CordonClient cordon, Gate gate, Instant base, long deadline, Latencies latencies,
			AtomicLong accepted, AtomicLong failed, AtomicLong rateLimited) {
		String path = "/api/checkpoints/" + gate.checkpointId() + "/counts";
		try (KeepAliveConnection connection = cordon.connection()) {
			for (long n = 0; System.nanoTime() < deadline;) {
				long sent = System.nanoTime();
				int status;
				try {
					status = connection.post(path, gate.key(), Reports.minute(base, n)).status();
				}
				catch (RuntimeException ex) {
					status = -1;
				}
				if (status == 202) {
					accepted.incrementAndGet();
					latencies.add((System.nanoTime() - sent) / 1000);
					n++;
				}
				else if (status == 429) {
					// as a checkpoint's terminal would: wait the second the answer asks
					// for, then send the period again. Posting on at once made a worker
					// spin on fast refusals and took the machine from the others.
					rateLimited.incrementAndGet();
					pause(RATE_LIMITED_PAUSE);
				}
				else {
					failed.incrementAndGet();
					n++;
				}
			}
		}
	}

	private static void pause(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param perSecond accepted reports per second
	 * @param latencies POST latencies of the accepted reports
	 * @param failed answers other than 202 and 429
	 * @param rateLimited answers 429 (the gateway's rate limit per key; the report is
	 * sent again a second later)
	 */
	record Result(double perSecond, Latencies latencies, long failed, long rateLimited) {
	}

}
