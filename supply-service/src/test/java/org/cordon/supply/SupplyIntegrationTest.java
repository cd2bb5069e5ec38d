package org.cordon.supply;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What every integration test of the service starts from: the running service, its
 * database and its broker, reached through {@link SupplyApi}.
 */
@SupplyServiceTest
public abstract class SupplyIntegrationTest {

	@LocalServerPort
	protected int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	protected DatabaseClient database;

	protected SupplyApi api;

	@BeforeEach
	void connect() {
		this.api = new SupplyApi(this.port, this.database, this.bootstrap);
	}

}
