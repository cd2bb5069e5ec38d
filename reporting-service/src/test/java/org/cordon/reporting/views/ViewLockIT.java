package org.cordon.reporting.views;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.reporting.stream.domain.View;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A batch of a view whose changes sum over many rows waits for that view's lock, so that
 * two batches of one context never read each other's figures half-done.
 */
@ReportingServiceTest
class ViewLockIT {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	DatabaseClient database;

	ReportingApi api;

	EventsProducer events;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void aQuarantineBatchWaitsWhileAnotherTransactionHoldsTheViewsLock() {
		String region = "磴口县-" + UUID.randomUUID();
		String summary = "/api/views/quarantine/summary?region=" + region;
		try (HeldAdvisoryLock lock = HeldAdvisoryLock.take(this.connections, this.database,
				ViewLock.key(View.QUARANTINE))) {
			this.events.send(new PersonRegistered(UUID.randomUUID(), region, PersonCategory.KEY_CONTACT, "武汉市",
					LocalDate.now()));

			await().atMost(Duration.ofSeconds(30)).until(lock::someoneWaits);
			assertThat(this.api.view(summary).get("registered").asLong()).isZero();

			lock.release();
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(summary).get("registered").asLong(), (registered) -> registered == 1);
	}

}
