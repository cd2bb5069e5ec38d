package org.cordon.platform.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Create-by-client-id for the service's creates.
 */
@AutoConfiguration
public class IdempotencyConfiguration {

	@Bean
	ClientIds clientIds(DatabaseClient database) {
		return new ClientIds(database);
	}

}
