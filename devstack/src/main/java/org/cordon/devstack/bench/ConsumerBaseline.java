package org.cordon.devstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kafka's own consumer performance tool,
 * {@code org.apache.kafka.tools.ConsumerPerformance}, over the event topics on the same
 * broker: the raw rate any reader of the history is measured against. The tool reads one
 * topic per run, so it runs once per topic (each in a consumer group of its own, removed
 * afterwards) and the figures are summed.
 */
final class ConsumerBaseline {

	private ConsumerBaseline() {
	}

	/**
	 * @param bootstrap the broker
	 * @param records how many records each topic holds
	 * @param topics the broker, to remove the tool's consumer groups
	 * @return what the tool measured, summed over the topics
	 */
	static Result run(String bootstrap, Map<String, Long> records, EventTopics topics)
			throws IOException, InterruptedException {
		Result total = new Result(0, 0, 0);
		for (String topic : EventTopics.EVENTS) {
			long count = records.getOrDefault(topic, 0L);
			if (count == 0) {
				continue;
			}
			String group = "bench-consumer-" + UUID.randomUUID().toString().substring(0, 8);
			total = total.plus(once(bootstrap, topic, count, group));
			topics.deleteGroup(group);
		}
		return total;
	}

	private static Result once(String bootstrap, String topic, long count, String group)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), "org.apache.kafka.tools.ConsumerPerformance",
				"--bootstrap-server", bootstrap, "--topic", topic, "--messages", Long.toString(count), "--group", group,
				"--timeout", "60000"));
		Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
		Result result = null;
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				output.add(line);
				Result parsed = parse(line);
				if (parsed != null) {
					result = parsed;
				}
			}
		}
		tool.waitFor();
		if (result == null) {
			throw new IllegalStateException("ConsumerPerformance printed no figures for " + topic + ":\n"
					+ String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size())));
		}
		return result;
	}

	/**
	 * Reads the tool's figures line: {@code start.time, end.time, data.consumed.in.MB,
	 * MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms,
	 * fetch.MB.sec, fetch.nMsg.sec}.
	 * @param line a line the tool printed
	 * @return its figures, or null for any other line
	 */
	static Result parse(String line) {
		String[] fields = line.split(",\\s*");
		if (fields.length != 10 || !fields[4].trim().matches("\\d+")) {
			return null;
		}
		return new Result(Long.parseLong(fields[4].trim()), Long.parseLong(fields[6].trim()),
				Long.parseLong(fields[7].trim()));
	}

	/**
	 * What the tool measured.
	 *
	 * @param records records consumed
	 * @param rebalanceMillis time spent joining its consumer group
	 * @param fetchMillis time spent reading, once joined
	 */
	record Result(long records, long rebalanceMillis, long fetchMillis) {

		Result plus(Result other) {
			return new Result(this.records + other.records, this.rebalanceMillis + other.rebalanceMillis,
					this.fetchMillis + other.fetchMillis);
		}

		double perSecond() {
			return this.records * 1000.0 / Math.max(1, this.fetchMillis);
		}

	}

}
