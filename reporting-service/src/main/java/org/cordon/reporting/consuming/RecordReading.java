package org.cordon.reporting.consuming;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.checkpoint.CheckpointEvent;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;
import org.cordon.reporting.consuming.domain.EventChecks;

/**
 * Reads a record as CloudEvents binary mode: the type from {@code ce_type} before the
 * value is touched, then the data as that type's record. Reading is deterministic, so a
 * record that fails here would fail on every retry: it is marked unreadable at once.
 */
final class RecordReading {

	private RecordReading() {
	}

	static ReadRecord read(ConsumerRecord<String, byte[]> record) {
		try {
			CloudEventAttributes attributes = CloudEventHeaders.fromHeaders(record.headers());
			if (record.value() == null) {
				throw new IllegalArgumentException("The record has no data");
			}
			DomainEvent event = EventCodec.read(attributes.type(), record.value());
			if (!(event instanceof CheckpointEvent checkpointEvent)) {
				throw new IllegalArgumentException(attributes.type() + " is not an event of " + record.topic());
			}
			List<String> problems = EventChecks.problems(checkpointEvent);
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException(String.join("; ", problems));
			}
			return new ReadRecord.Event(record, attributes.id(), checkpointEvent);
		}
		catch (RuntimeException ex) {
			return new ReadRecord.Unreadable(record, new UnreadableEvent(ex));
		}
	}

	/**
	 * Why a record is not an event the views can apply.
	 */
	static class UnreadableEvent extends RuntimeException {

		UnreadableEvent(RuntimeException cause) {
			super("Not a readable checkpoint event: " + cause.getMessage(), cause);
		}

	}

}
