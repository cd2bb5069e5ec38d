package org.cordon.reporting.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit stream reads the log.
 *
 * @param maxReaders audit streams served at once; each holds a Kafka consumer and a
 * thread, so one more is refused with a 503 to retry
 * @param laneRecords records one read returns at most ({@code max.poll.records}): with
 * the consumer's own fetch buffers, what bounds the memory a stream holds per partition
 * @param pollTimeout how long one read waits for records
 * @param brokerTimeout how long the stream waits for the broker, to start or to bring
 * more records, before it fails
 */
@ConfigurationProperties("cordon.audit")
public record AuditProperties(@DefaultValue("4") int maxReaders, @DefaultValue("500") int laneRecords,
		@DefaultValue("500ms") Duration pollTimeout, @DefaultValue("30s") Duration brokerTimeout) {

}
