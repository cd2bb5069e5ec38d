package org.cordon.devstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The raw tools on the same machine, in the same run: Kafka's own producer performance
 * tool on the same broker, and single-row insert transactions on the same PostgreSQL.
 * They bound what Cordon could reach, since every accepted report is one of each.
 */
final class RawBaselines {

	private static final Pattern RECORDS_PER_SECOND = Pattern.compile("([\\d.]+) records/sec");

	private RawBaselines() {
	}

	/**
	 * Runs {@code org.apache.kafka.tools.ProducerPerformance} with the outbox producer's
	 * settings (acks=all, idempotent) and records the size of a CountsReported event.
	 * @param bootstrap the broker
	 * @param records how many to send
	 * @return records per second as the tool printed it
	 */
	static double kafkaProducer(String bootstrap, int records) throws IOException, InterruptedException {
		String topic = "bench.raw-" + UUID.randomUUID().toString().substring(0, 8);
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("Cannot create the benchmark topic", ex);
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
				"--num-records", Integer.toString(records), "--record-size", "520", "--throughput", "-1",
				"--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
				"linger.ms=2"));
		Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
		double perSecond = Double.NaN;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.contains("records sent") && !line.contains(" WARN ") && !line.contains(" INFO ")) {
					Matcher rate = RECORDS_PER_SECOND.matcher(line);
					if (rate.find()) {
						perSecond = Double.parseDouble(rate.group(1));
					}
				}
			}
		}
		tool.waitFor();
		return perSecond;
	}

	/**
	 * Commits single-row inserts from as many connections as the benchmark has workers:
	 * what one transaction per report costs on this PostgreSQL.
	 * @param jdbcUrl the server's maintenance database
	 * @param user the user
	 * @param password the password
	 * @param connections concurrent connections
	 * @param duration how long
	 * @return transactions per second
	 */
	static double postgresInserts(String jdbcUrl, String user, String password, int connections, Duration duration)
			throws InterruptedException {
		String table = "bench_raw_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password);
				Statement create = setup.createStatement()) {
			create.execute("create table " + table + " (id uuid primary key, payload text not null)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the PostgreSQL baseline", ex);
		}
		AtomicLong committed = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		List<Thread> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			Thread worker = new Thread(() -> {
				try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
						PreparedStatement insert = connection
							.prepareStatement("insert into " + table + " (id, payload) values (?, ?)")) {
					while (System.nanoTime() < deadline) {
						insert.setObject(1, UUID.randomUUID());
						insert.setString(2, Reports.minute(java.time.Instant.EPOCH, 0));
						insert.executeUpdate();
						committed.incrementAndGet();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		try (Connection cleanup = DriverManager.getConnection(jdbcUrl, user, password);
				Statement drop = cleanup.createStatement()) {
			drop.execute("drop table " + table);
		}
		catch (SQLException ex) {
			// a leftover benchmark table harms nothing
		}
		return committed.get() / ((System.nanoTime() - started) / 1e9);
	}

}
