package org.cordon.platform.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Create-by-client-id for the creates of a write service (one with an outbox).
 */
@AutoConfiguration
@ConditionalOnProperty(name = "cordon.outbox.enabled", matchIfMissing = true)
public class IdempotencyConfiguration {

	@Bean
	ClientIds clientIds(DatabaseClient database) {
		return new ClientIds(database);
	}

}
