package org.cordon.inspection;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What every integration test of the service starts from: the running service, its
 * database, its broker and its clock, reached through {@link InspectionApi}.
 */
@InspectionServiceTest
public abstract class InspectionIntegrationTest {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrap;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	protected MovableClock clock;

	protected InspectionApi api;

	@BeforeEach
	void connect() {
		this.api = new InspectionApi(this.port, this.database, this.bootstrap);
	}

}
