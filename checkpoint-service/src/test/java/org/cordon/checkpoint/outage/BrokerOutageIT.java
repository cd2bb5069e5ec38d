package org.cordon.checkpoint.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;
import org.cordon.testsupport.RestartableKafkaBroker;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker stopped, checkpoints keep posting: the outbox holds their events, and
 * once the broker is back every event arrives, once and in order per checkpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.apache.kafka=ERROR", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@ContextConfiguration(
		initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class, BrokerOutageIT.OwnBroker.class })
class BrokerOutageIT {

	static final RestartableKafkaBroker BROKER = RestartableKafkaBroker.start();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	final JsonMapper json = JsonMapper.builder().build();

	@AfterAll
	static void closeBroker() {
		BROKER.close();
	}

	@Test
	void postsAreAcceptedWhileTheBrokerIsDownAndEveryEventArrivesOnceInOrderWhenItIsBack() {
		CheckpointApi api = new CheckpointApi(this.port, this.database, BROKER.bootstrapServers());
		UUID checkpoint = api.registerCheckpoint("临河区城市入口");
		await().atMost(Duration.ofSeconds(30)).until(() -> api.publishedFor(checkpoint).size() == 1);

		BROKER.stopBroker();
		List<UUID> reportIds = new ArrayList<>();
		Instant start = Instant.parse("2020-02-01T16:00:00Z");
		for (int hour = 0; hour < 6; hour++) {
			UUID reportId = UUID.randomUUID();
			reportIds.add(reportId);
			api.postCounts(checkpoint, CheckpointApi.report(reportId, start.plus(Duration.ofHours(hour)),
					start.plus(Duration.ofHours(hour + 1)), hour))
				.expectStatus()
				.isAccepted();
		}
		assertThat(waitingInOutbox()).as("held in the outbox while the broker is down").isPositive();
		BROKER.startBroker();

		List<ConsumerRecord<String, byte[]>> records = api.publishedFor(checkpoint);
		List<String> ids = records.stream().map((r) -> TopicRecords.header(r, CloudEventHeaders.ID)).toList();
		assertThat(ids).as("each event once").doesNotHaveDuplicates();
		assertThat(records.subList(1, records.size()))
			.extracting((r) -> UUID.fromString(this.json.readTree(r.value()).get("reportId").asString()))
			.as("in the order posted")
			.containsExactlyElementsOf(reportIds);
	}

	private long waitingInOutbox() {
		return this.database.sql("select count(*) as n from outbox")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	/**
	 * Points this context at its own broker, which the test stops and restarts, instead
	 * of the JVM's shared one.
	 */
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("restartableBroker",
						Map.of("spring.kafka.bootstrap-servers", BROKER.bootstrapServers())));
		}

	}

}
