package org.cordon.devstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./cordon bench}: against a running Cordon (the embedded default unless told
 * otherwise), measures single-report ingest, latency to the live stream at a fixed rate,
 * and batch ingest, and prints them beside the raw Kafka and PostgreSQL tools.
 *
 * <p>
 * Options: {@code --url} (http://localhost:8080), {@code --seconds} per phase (20),
 * {@code --warmup} seconds of single reports before measuring, in rounds of a minute
 * (480; see {@link WarmUp}), {@code --workers} concurrent checkpoints (32),
 * {@code --rate} for the latency phase (200), {@code --kafka} (127.0.0.1:9092),
 * {@code --postgres} (jdbc:postgresql://127.0.0.1:5432/postgres), and the keys
 * {@code --admin-key}, {@code --checkpoint-key}, {@code --viewer-key} (the dev keys), and
 * {@code --phases}, the phases to run (single,stream,batch,raw: all of them), so that one
 * phase can be run long while a profiler watches.
 */
public final class Benchmark {

	/**
	 * Batch imports before the single reports' warm-up, for their own hot paths: right
	 * before the measurement they left every process spending more per single report (748
	 * single reports/s after the batches where the last warm-up round ran 948/s).
	 */
	private static final Duration BATCH_WARMUP = Duration.ofSeconds(40);

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "http://localhost:8080");
		Duration phase = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		int workers = Integer.parseInt(options.getOrDefault("workers", "32"));
		int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
		String adminKey = options.getOrDefault("admin-key", "dev-admin-key");
		String viewerKey = options.getOrDefault("viewer-key", "dev-viewer-key");
		CordonClient cordon = new CordonClient(url);
		List<String> phases = List.of(options.getOrDefault("phases", "single,stream,batch,raw").split(","));

		System.out.println("Cordon ingest benchmark against " + url + ", " + phase.toSeconds() + " s per phase");
		List<Gate> singles = register(cordon, adminKey, "bench-single", workers);
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "480")));
		System.out.printf(
				"warming up: batches for %d s, then single reports in rounds of %d s for %d s"
						+ " (the JIT compiles the hot paths first)%n",
				BATCH_WARMUP.toSeconds(), WarmUp.ROUND.toSeconds(), warmup.toSeconds());
		List<Gate> warmingBatches = register(cordon, adminKey, "bench-warmup-batch", 2);
		BatchReports.run(cordon, warmingBatches, BATCH_WARMUP);
		int[] rounds = { 0 };
		List<Gate> warming = WarmUp.rounds(cordon,
				() -> register(cordon, adminKey, "bench-warmup-" + rounds[0]++, workers), warmup);
		caughtUp(cordon, viewerKey, warming, warmingBatches);
		double singlesPerSecond = Double.NaN;
		if (phases.contains("single")) {
			SingleReports.Result single = SingleReports.run(cordon, singles, phase);
			System.out.printf(
					"single reports: %.0f accepted/s, POST p50 %.1f ms, p99 %.1f ms (%d workers, %d rate-limited"
							+ " and sent again, %s)%n",
					single.perSecond(), single.latencies().percentileMillis(50),
					single.latencies().percentileMillis(99), workers, single.rateLimited(), single.otherAnswersText());
			singlesPerSecond = single.perSecond();
			caughtUp(cordon, viewerKey, singles, List.of());
		}
		if (phases.contains("stream")) {
			List<Gate> paced = register(cordon, adminKey, "bench-stream", 20);
			StreamLatency.Measured stream = StreamLatency.run(cordon, viewerKey, paced, rate, phase);
			System.out.printf("at %d reports/s, the viewer's first %d s (not counted): %s%n", rate,
					StreamLatency.STREAM_WARMUP.toSeconds(), latencies(stream.warmUp()));
			System.out.printf("at %d reports/s: %s%n", rate, latencies(stream.measured()));
		}
		double batchPerSecond = Double.NaN;
		if (phases.contains("batch")) {
			List<Gate> batches = register(cordon, adminKey, "bench-batch", 4);
			double batch = BatchReports.run(cordon, batches, phase);
			System.out.printf("batch ingest: %.0f reports/s (%d per batch, %d workers)%n", batch, BatchReports.BATCH,
					batches.size());
			batchPerSecond = batch;
		}
		if (phases.contains("raw")) {
			raw(options, workers, phase, singlesPerSecond, batchPerSecond);
		}
	}

	/**
	 * The raw tools on the same machine, and what share of them Cordon reaches (NaN for a
	 * phase not run).
	 */
	private static void raw(Map<String, String> options, int workers, Duration phase, double singlesPerSecond,
			double batchPerSecond) throws Exception {
		double kafka = RawBaselines.kafkaProducer(options.getOrDefault("kafka", "127.0.0.1:9092"), 300_000);
		double postgres = RawBaselines.postgresInserts(
				options.getOrDefault("postgres", "jdbc:postgresql://127.0.0.1:5432/postgres"),
				options.getOrDefault("postgres-user", "postgres"), options.getOrDefault("postgres-password", ""),
				workers, phase);
		System.out.printf("raw Kafka producer (ProducerPerformance, acks=all, idempotent, 520 B): %.0f records/s%n",
				kafka);
		System.out.printf("raw PostgreSQL single-row insert transactions (%d connections): %.0f tx/s%n", workers,
				postgres);
		System.out.printf(
				"ratios: single reports / raw PostgreSQL tx = %.2f; batch reports / raw Kafka records = %.2f%n",
				singlesPerSecond / postgres, batchPerSecond / kafka);
	}

	/**
	 * Waits for the views to apply what the checkpoints posted before the next phase.
	 */
	private static void caughtUp(CordonClient cordon, String viewerKey, List<Gate> posted, List<Gate> alsoPosted)
			throws InterruptedException {
		List<Gate> gates = new ArrayList<>(posted);
		gates.addAll(alsoPosted);
		Duration took = CaughtUp.await(cordon, viewerKey, gates, Duration.ofMinutes(10));
		System.out.printf("views caught up with what was posted in %.1f s%n", took.toMillis() / 1000.0);
	}

	private static String latencies(StreamLatency.Result stream) {
		return String.format(
				"POST p50 %.1f ms, p99 %.1f ms; POST-to-stream-event p50 %.1f ms, p99 %.1f ms (%d not 202, %d events missing)",
				stream.post().percentileMillis(50), stream.post().percentileMillis(99),
				stream.toEvent().percentileMillis(50), stream.toEvent().percentileMillis(99), stream.failed(),
				stream.missing());
	}

	private static List<Gate> register(CordonClient cordon, String adminKey, String prefix, int count) {
		List<Gate> gates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			gates.add(cordon.registerGate(adminKey, prefix + "-" + i));
		}
		return gates;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
