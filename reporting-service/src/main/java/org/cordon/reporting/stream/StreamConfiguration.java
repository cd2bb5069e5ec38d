package org.cordon.reporting.stream;

import java.time.Clock;

import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cordon.platform.database.UnpooledConnections;

/**
 * The change feed, listening on a connection of its own.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	ChangeFeed changeFeed(ViewChanges changes, R2dbcProperties r2dbc, StreamProperties properties, Clock clock) {
		return new ChangeFeed(changes, UnpooledConnections.to(r2dbc), properties, clock);
	}

}
