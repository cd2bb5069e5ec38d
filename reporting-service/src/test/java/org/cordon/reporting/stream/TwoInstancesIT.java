package org.cordon.reporting.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApplication;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.testsupport.CordonTestInfrastructure;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * Two replicas on one database in one consumer group: each consumes only its partitions,
 * yet both stream every change, because the announcement travels through PostgreSQL
 * NOTIFY, not through the consumer that applied it.
 */
@ReportingServiceTest
class TwoInstancesIT {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final String LISTENER = "views";

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	ConfigurableEnvironment environment;

	@Autowired
	KafkaProperties kafka;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	MeterRegistry meters;

	CheckpointEventsProducer events;

	@BeforeEach
	void startASecondInstanceOnTheSameDatabaseAndGroup() {
		this.events = new CheckpointEventsProducer(this.bootstrap);
		if (second == null) {
			Map<String, Object> properties = new HashMap<>();
			copy(CordonTestInfrastructure.PROPERTY_SOURCE_NAME, properties);
			properties.put("cordon.identity.public-key", IdentityTokens.publicKeyPem());
			properties.put("spring.kafka.consumer.group-id", this.kafka.getConsumer().getGroupId());
			properties.put("server.port", "0");
			properties.put("cordon.stream.heartbeat", "300ms");
			properties.put("cordon.stream.poll-interval", "1h");
			properties.put("logging.level.org.apache.kafka", "WARN");
			second = new SpringApplicationBuilder(ReportingApplication.class)
				.initializers((context) -> context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("secondInstance", properties)))
				.run();
		}
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void bothInstancesStreamEveryChangeThoughEachConsumesOnlyItsPartitions() {
		MessageListenerContainer mine = this.listeners.getListenerContainer(LISTENER);
		MessageListenerContainer theirs = second.getBean(KafkaListenerEndpointRegistry.class)
			.getListenerContainer(LISTENER);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> assigned(mine) + assigned(theirs) == 6 && assigned(mine) > 0 && assigned(theirs) > 0);
		ReportingApi first = new ReportingApi(this.port);
		ReportingApi other = new ReportingApi(
				Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port")));
		Instant today = LocalDate.now(SHANGHAI).atStartOfDay(SHANGHAI).toInstant();
		List<UUID> checkpoints = IntStream.range(0, 12).mapToObj((i) -> UUID.randomUUID()).toList();
		double appliedHere = applied(this.meters);
		double appliedThere = applied(second.getBean(MeterRegistry.class));

		try (EventStream one = first.stream("checkpoints", null); EventStream two = other.stream("checkpoints", null)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> !one.events().isEmpty() && !two.events().isEmpty());
			checkpoints.forEach((checkpoint) -> this.events.send(first(checkpoint, today, counts(3, 1))));

			for (EventStream stream : List.of(one, two)) {
				await().atMost(Duration.ofSeconds(30))
					.until(() -> changedCheckpoints(stream)
						.containsAll(checkpoints.stream().map(UUID::toString).toList()));
			}
		}
		assertThat(applied(this.meters)).as("this instance consumed some").isGreaterThan(appliedHere);
		assertThat(applied(second.getBean(MeterRegistry.class))).as("the other consumed some")
			.isGreaterThan(appliedThere);
		for (ReportingApi instance : List.of(first, other)) {
			for (UUID checkpoint : checkpoints) {
				assertThat(
						instance.summary("checkpointId=" + checkpoint).get("totals").get("vehiclesInspected").asLong())
					.isEqualTo(3);
			}
		}
	}

	private static double applied(MeterRegistry meters) {
		return meters.counter("cordon.reporting.events.applied").count();
	}

	/**
	 * @return the checkpoint topic's partitions the container holds; it consumes every
	 * context's topic, and this test publishes on that one only
	 */
	private static long assigned(MessageListenerContainer container) {
		return (container.getAssignedPartitions() != null) ? container.getAssignedPartitions()
			.stream()
			.filter((partition) -> CheckpointEventsProducer.TOPIC.equals(partition.topic()))
			.count() : 0;
	}

	private static List<String> changedCheckpoints(EventStream stream) {
		return stream.changes("checkpoints").stream().map((r) -> r.data().get("checkpointId").asString()).toList();
	}

	private void copy(String propertySource, Map<String, Object> into) {
		EnumerablePropertySource<?> source = (EnumerablePropertySource<?>) this.environment.getPropertySources()
			.get(propertySource);
		for (String name : source.getPropertyNames()) {
			into.put(name, source.getProperty(name));
		}
	}

}
