package org.cordon.inspection.overdue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the overdue check runs.
 *
 * @param overdueCheckInterval how often each replica checks; it also checks at start-up
 * @param overdueBatchSize issues marked per transaction
 */
@ConfigurationProperties("cordon.inspection")
public record OverdueProperties(@DefaultValue("1m") Duration overdueCheckInterval,
		@DefaultValue("500") int overdueBatchSize) {

	public OverdueProperties {
		if (overdueCheckInterval.isNegative() || overdueCheckInterval.isZero()) {
			throw new IllegalArgumentException("cordon.inspection.overdue-check-interval must be positive");
		}
		if (overdueBatchSize < 1) {
			throw new IllegalArgumentException("cordon.inspection.overdue-batch-size must be at least 1");
		}
	}

}
