package org.cordon.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;

/**
 * One event waiting in the outbox.
 */
record OutboxRow(long seq, String topic, String key, CloudEventAttributes attributes, String payload) {

	static final String COLUMNS = "seq, event_id, topic, event_key, event_type, source, occurred_at, actor, traceparent, payload";

	static OutboxRow read(Readable row) {
		return new OutboxRow(row.get("seq", Long.class), row.get("topic", String.class),
				row.get("event_key", String.class),
				new CloudEventAttributes(row.get("event_id", UUID.class), row.get("source", String.class),
						row.get("event_type", String.class), row.get("event_key", String.class),
						row.get("occurred_at", Instant.class), row.get("actor", String.class),
						row.get("traceparent", String.class)),
				row.get("payload", String.class));
	}

	/**
	 * The record to publish. Its timestamp is the event's time ({@code ce_time}, to the
	 * millisecond) rather than the moment the relay sent it, so that the broker's time
	 * index finds events by when they happened: the audit stream seeks its {@code from}
	 * through it.
	 * @return the record, keyed by the aggregate
	 */
	ProducerRecord<String, byte[]> toRecord() {
		return new ProducerRecord<>(this.topic, null, this.attributes.time().toEpochMilli(), this.key,
				this.payload.getBytes(StandardCharsets.UTF_8), CloudEventHeaders.toHeaders(this.attributes));
	}

}
