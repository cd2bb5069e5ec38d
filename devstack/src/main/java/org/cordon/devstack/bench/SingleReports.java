package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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
		Map<String, LongAdder> otherAnswers = new ConcurrentHashMap<>();
		AtomicLong rateLimited = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		Instant base = Instant.now().minus(Duration.ofDays(60));
		long started = System.nanoTime();
		List<Thread> workers = gates.stream()
			.map((gate) -> new Thread(
					() -> post(cordon, gate, base, deadline, latencies, accepted, otherAnswers, rateLimited),
					"single-" + gate.checkpointId()))
			.toList();
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Long> others = new TreeMap<>();
		otherAnswers.forEach((answer, count) -> others.put(answer, count.sum()));
		return new Result(accepted.get() / seconds, latencies, others, rateLimited.get());
	}

	private static void post(CordonClient cordon, Gate gate, Instant base, long deadline, Latencies latencies,
			AtomicLong accepted, Map<String, LongAdder> otherAnswers, AtomicLong rateLimited) {
		String path = "/api/checkpoints/" + gate.checkpointId() + "/counts";
		try (KeepAliveConnection connection = cordon.connection()) {
			for (long n = 0; System.nanoTime() < deadline;) {
				long sent = System.nanoTime();
				int status;
				String failure = null;
				try {
					status = connection.post(path, gate.key(), Reports.minute(base, n)).status();
				}
				catch (RuntimeException ex) {
					status = -1;
					failure = noAnswer(ex);
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
					otherAnswers
						.computeIfAbsent((failure != null) ? failure : Integer.toString(status),
								(answer) -> new LongAdder())
						.increment();
					n++;
				}
			}
		}
	}

	/**
	 * @param ex what the connection threw
	 * @return why no answer came, e.g. {@code SocketTimeoutException: Read timed out}
	 */
	private static String noAnswer(RuntimeException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
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
	 * @param otherAnswers answers other than 202 and 429 by status, or by the exception
	 * when no answer came
	 * @param rateLimited answers 429 (the gateway's rate limit per key; the report is
	 * sent again a second later)
	 */
	record Result(double perSecond, Latencies latencies, Map<String, Long> otherAnswers, long rateLimited) {

		/**
		 * @return e.g. {@code 0 other answers} or {@code 3 other answers {503=2,
		 * SocketTimeoutException: Read timed out=1}}
		 */
		String otherAnswersText() {
			long count = this.otherAnswers.values().stream().mapToLong(Long::longValue).sum();
			return count + " other answers" + (this.otherAnswers.isEmpty() ? "" : " " + this.otherAnswers);
		}

	}

}
