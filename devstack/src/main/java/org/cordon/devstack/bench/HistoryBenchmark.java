package org.cordon.devstack.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./cordon bench-history}: against a running Cordon (the embedded default unless
 * told otherwise), loads a history of mixed events of all four contexts straight into the
 * topics, waits until reporting-service has consumed it, then reads the whole history in
 * the same run with Kafka's own {@code ConsumerPerformance} and with the audit stream
 * through the gateway, then rebuilds every view from the log and times each view as of an
 * instant, and prints the rates and their ratios to the raw consumer. The raw consumer
 * and the rebuild run a few rounds, one after the other: the first rebuild of a service
 * runs mostly on code its JIT compiler has not compiled yet (about twice as long), so
 * each round is printed, and the ratio of the first round and that of the fastest of
 * each.
 * <p>
 * Options: {@code --events} to load (1000000; 0 measures what the topics hold already),
 * {@code --days} the history spans, up to now (30), {@code --seed} (1), {@code --url}
 * (http://localhost:8080), {@code --kafka} (127.0.0.1:9092), {@code --auditor-key}
 * (dev-auditor-key), {@code --admin-key} (dev-admin-key), {@code --viewer-key}
 * (dev-viewer-key), {@code --group} reporting-service's consumer group
 * (reporting-service), {@code --catch-up-minutes} to wait for it at most (60),
 * {@code --rounds} of the raw consumer and the rebuild (5).
 */
public final class HistoryBenchmark {

	private HistoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		long events = Long.parseLong(options.getOrDefault("events", "1000000"));
		Duration span = Duration.ofDays(Long.parseLong(options.getOrDefault("days", "30")));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		String url = options.getOrDefault("url", "http://localhost:8080");
		String kafka = options.getOrDefault("kafka", "127.0.0.1:9092");
		String auditorKey = options.getOrDefault("auditor-key", "dev-auditor-key");
		String adminKey = options.getOrDefault("admin-key", "dev-admin-key");
		String viewerKey = options.getOrDefault("viewer-key", "dev-viewer-key");
		String group = options.getOrDefault("group", "reporting-service");
		Duration catchUp = Duration.ofMinutes(Long.parseLong(options.getOrDefault("catch-up-minutes", "60")));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		try (EventTopics topics = new EventTopics(kafka)) {
			System.out.printf("Cordon history benchmark against %s (Kafka %s)%n", url, kafka);
			if (events > 0) {
				System.out.printf("loading %,d events of all four contexts over %d days ...%n", events, span.toDays());
				long began = System.nanoTime();
				Duration loading = HistoryLoader.load(kafka, events, span, seed);
				System.out.printf("loaded %,d events in %.1f s (%.0f events/s)%n", events, seconds(loading),
						events / seconds(loading));
				Duration applied = ConsumerCatchUp.await(topics, group, catchUp);
				double sinceLoad = (System.nanoTime() - began) / 1e9;
				System.out.printf(
						"reporting-service had applied them %.1f s after the load began (%.0f events/s, loading"
								+ " included; %.1f s after it ended)%n",
						sinceLoad, events / sinceLoad, seconds(applied));
			}
			else {
				ConsumerCatchUp.await(topics, group, catchUp);
			}
			Map<String, Long> records = topics.records();
			long history = records.values().stream().mapToLong(Long::longValue).sum();
			System.out.printf("the topics hold %,d events: %s%n", history, records);

			AuditTiming.Result audit = AuditTiming.wholeHistory(http, url, auditorKey);
			System.out.printf(
					"audit stream (GET /api/audit/events through the gateway, whole history): %,d events, %.0f MB in"
							+ " %.1f s = %.0f events/s%n",
					audit.events(), audit.bytes() / 1e6, seconds(audit.elapsed()), audit.perSecond());
			if (audit.events() != history) {
				System.out.printf("  note: %,d records are not in the stream (not readable CloudEvents)%n",
						history - audit.events());
			}

			double firstRaw = 0;
			double firstRebuild = 0;
			double bestRaw = 0;
			double bestRebuild = 0;
			for (int round = 1; round <= rounds; round++) {
				ConsumerBaseline.Result raw = ConsumerBaseline.run(kafka, records, topics);
				System.out.printf(
						"round %d: raw Kafka consumer (ConsumerPerformance, one run per topic): %,d records in %.1f s"
								+ " of fetching = %.0f records/s (+ %.1f s joining its groups)%n",
						round, raw.records(), raw.fetchMillis() / 1000.0, raw.perSecond(),
						raw.rebalanceMillis() / 1000.0);
				RebuildTiming.Result rebuild = RebuildTiming.run(http, url, adminKey, catchUp);
				System.out.printf(
						"round %d: rebuild of every view (POST /api/admin/views/rebuild through the gateway, to DONE):"
								+ " %,d records in %.1f s = %.0f records/s; ratio %.2f%n",
						round, rebuild.applied(), seconds(rebuild.elapsed()), rebuild.perSecond(),
						rebuild.perSecond() / raw.perSecond());
				if (round == 1) {
					firstRaw = raw.perSecond();
					firstRebuild = rebuild.perSecond();
				}
				bestRaw = Math.max(bestRaw, raw.perSecond());
				bestRebuild = Math.max(bestRebuild, rebuild.perSecond());
			}

			System.out.println("every view as of an instant, with the whole history behind it:");
			AsOfTiming.print(http, url, viewerKey, Instant.now().minus(span.dividedBy(2)), span.dividedBy(2));
			AsOfTiming.print(http, url, viewerKey, Instant.now(), span);

			System.out.printf("ratio: rebuild / raw Kafka consumer, first round = %.2f%n", firstRebuild / firstRaw);
			System.out.printf(
					"ratio: rebuild / raw Kafka consumer, fastest of %d rounds each (%.0f / %.0f records/s) = %.2f%n",
					rounds, bestRebuild, bestRaw, bestRebuild / bestRaw);
			System.out.printf("ratio: audit stream / raw Kafka consumer (first round) = %.2f%n",
					audit.perSecond() / firstRaw);
		}
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
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
