package org.cordon.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay publishes.
 *
 * @param batchSize rows published per transaction
 * @param pollInterval the slow poll that catches a missed notification
 * @param deliveryTimeout how long the producer keeps trying one batch while the broker is
 * away
 */
@ConfigurationProperties("cordon.outbox")
public record OutboxProperties(@DefaultValue("500") int batchSize, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("24d") Duration deliveryTimeout) {

}
