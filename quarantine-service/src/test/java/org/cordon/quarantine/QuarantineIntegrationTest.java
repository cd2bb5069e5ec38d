package org.cordon.quarantine;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What every integration test of the service starts from: the running service, its
 * database, its broker and its clock, reached through {@link QuarantineApi}.
 */
@QuarantineServiceTest
public abstract class QuarantineIntegrationTest {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	DatabaseClient database;

	@Autowired
	protected MovableClock clock;

	protected QuarantineApi api;

	@BeforeEach
	void connect() {
		this.api = new QuarantineApi(this.port, this.database, this.bootstrap);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	protected LocalDate today() {
		return this.clock.today();
	}

	protected LocalDate daysAgo(int days) {
		return today().minusDays(days);
	}

}
