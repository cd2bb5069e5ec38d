package org.cordon.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), run from the
 * Apache Kafka jars in its own JVM, keeping its log under {@code .cordon/data/kafka}.
 */
final class KafkaBroker {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private KafkaBroker() {
	}

	static ChildProcess start(Layout layout, Ports ports) {
		Path config = writeConfig(layout, ports);
		String classpath = absoluteClasspath();
		if (!Files.exists(layout.kafkaData().resolve("meta.properties"))) {
			ChildProcess.runToCompletion("kafka-format",
					List.of(ChildProcess.javaExecutable(), "-cp", classpath, "kafka.tools.StorageTool", "format", "-t",
							Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"),
					layout, Duration.ofMinutes(2));
		}
		ChildProcess broker = ChildProcess.start("kafka", List.of(ChildProcess.javaExecutable(), "-Xmx1g",
				"-XX:+UseG1GC", "-cp", classpath, "kafka.Kafka", config.toString()), Map.of(), layout.root(), layout);
		awaitReady(bootstrap(ports), broker);
		return broker;
	}

	/**
	 * This launcher's classpath with absolute entries: the broker runs in the state
	 * folder, where the relative entries {@code ./cordon} starts with would point
	 * nowhere.
	 * @return the classpath
	 */
	static String absoluteClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.map((entry) -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator));
	}

	static String bootstrap(Ports ports) {
		return "127.0.0.1:" + ports.kafka();
	}

	private static Path writeConfig(Layout layout, Ports ports) {
		String properties = String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + ports.kafkaController(),
				"listeners=PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:"
						+ ports.kafkaController(),
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + ports.kafka(), "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"inter.broker.listener.name=PLAINTEXT", "log.dirs=" + layout.kafkaData().toAbsolutePath(),
				"num.partitions=6", "auto.create.topics.enable=false", "offsets.topic.replication.factor=1",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "");
		Path config = layout.run().resolve("kafka-server.properties");
		try {
			Files.writeString(config, properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return config;
	}

	private static void awaitReady(String bootstrap, ChildProcess broker) {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3_000))) {
			while (System.nanoTime() < deadline) {
				if (!broker.isAlive()) {
					throw new IllegalStateException("Kafka exited during start-up; see .cordon/logs/kafka.log");
				}
				try {
					admin.describeCluster().nodes().get();
					return;
				}
				catch (Exception notYet) {
					Pause.briefly();
				}
			}
		}
		throw new IllegalStateException("Kafka did not become ready within " + READY_TIMEOUT);
	}

}
