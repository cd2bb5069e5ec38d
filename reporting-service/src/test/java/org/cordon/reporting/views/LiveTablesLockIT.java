package org.cordon.reporting.views;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * Every live batch takes the live tables' lock shared: while a verification or a swap
 * holds it exclusive, the live views stand still.
 */
@ReportingServiceTest
class LiveTablesLockIT {

	static final Instant FEB_11 = Instant.parse("2020-02-10T16:00:00Z");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	DatabaseClient database;

	ReportingApi api;

	CheckpointEventsProducer events;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new CheckpointEventsProducer(this.bootstrap);
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void aLiveBatchWaitsWhileTheLiveViewsAreFrozenAndAppliesOnceTheyAreNot() {
		UUID checkpoint = this.events.register("五原县收费站", "五原县");
		String summary = "from=2020-02-11&to=2020-02-11&checkpointId=" + checkpoint;
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.summary(summary).get("byCheckpoint").get(0).get("name").asString(), "五原县收费站"::equals);
		try (HeldAdvisoryLock lock = HeldAdvisoryLock.take(this.connections, this.database, LiveTablesLock.KEY)) {
			this.events.send(first(checkpoint, FEB_11, counts(12, 30)));

			await().atMost(Duration.ofSeconds(30)).until(lock::someoneWaits);
			assertThat(vehicles(summary)).isZero();

			lock.release();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles(summary) == 12);
	}

	private long vehicles(String summary) {
		return this.api.summary(summary).get("totals").get("vehiclesInspected").asLong();
	}

}
