package org.cordon.reporting.consuming;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.cordon.contracts.DomainEvent;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;

/**
 * Reads a record as CloudEvents binary mode: the type from {@code ce_type} before the
 * value is touched, then the data as that type's record. Reading is deterministic, so a
 * record that fails here would fail on every retry: it is marked unreadable at once.
 */
final class RecordReading {

	private RecordReading() {
	}

	static ReadRecord read(ConsumerRecord<String, byte[]> record, Projection<?> projection) {
		try {
			CloudEventAttributes attributes = CloudEventHeaders.fromHeaders(record.headers());
			if (record.value() == null) {
				throw new IllegalArgumentException("The record has no data");
			}
			DomainEvent event = EventCodec.read(attributes.type(), record.value());
			List<String> problems = problems(projection, event);
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException(String.join("; ", problems));
			}
			return new ReadRecord.Event(record, attributes.id(), attributes.time(), event);
		}
		catch (RuntimeException ex) {
			return new ReadRecord.Unreadable(record, new UnreadableEvent(ex));
		}
	}

	private static <E extends DomainEvent> List<String> problems(Projection<E> projection, DomainEvent event) {
		return projection.problems(projection.cast(event));
	}

	/**
	 * Why a record is not an event the views can apply.
	 */
	static class UnreadableEvent extends RuntimeException {

		UnreadableEvent(RuntimeException cause) {
			super("Not a readable event: " + cause.getMessage(), cause);
		}

	}

}
