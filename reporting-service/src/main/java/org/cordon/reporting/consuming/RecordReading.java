package org.cordon.reporting.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import org.cordon.contracts.DomainEvent;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;
import org.cordon.platform.cloudevents.EventTimes;

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
			Attributes attributes = Attributes.of(record.headers());
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
	 * The CloudEvents attributes the views use, read as
	 * {@link CloudEventHeaders#fromHeaders} reads them (the last header of each name; the
	 * same attributes required, checked in the same order, with the same messages) in one
	 * pass over the headers instead of one per attribute, and the time by
	 * {@link EventTimes}: reading the attributes was a fifth of a rebuild's work.
	 *
	 * @param id the {@code ce_id}
	 * @param type the {@code ce_type}
	 * @param time the {@code ce_time}
	 */
	record Attributes(UUID id, String type, Instant time) {

		static Attributes of(Headers headers) {
			byte[] id = null;
			byte[] source = null;
			byte[] type = null;
			byte[] subject = null;
			byte[] time = null;
			for (Header header : headers) {
				switch (header.key()) {
					case CloudEventHeaders.ID -> id = header.value();
					case CloudEventHeaders.SOURCE -> source = header.value();
					case CloudEventHeaders.TYPE -> type = header.value();
					case CloudEventHeaders.SUBJECT -> subject = header.value();
					case CloudEventHeaders.TIME -> time = header.value();
					default -> {
					}
				}
			}
			UUID eventId = UUID.fromString(required(CloudEventHeaders.ID, id));
			required(CloudEventHeaders.SOURCE, source);
			String eventType = required(CloudEventHeaders.TYPE, type);
			required(CloudEventHeaders.SUBJECT, subject);
			return new Attributes(eventId, eventType, EventTimes.parse(required(CloudEventHeaders.TIME, time)));
		}

		private static String required(String name, byte[] value) {
			if (value == null) {
				throw new IllegalArgumentException("Missing CloudEvents header " + name);
			}
			return new String(value, StandardCharsets.UTF_8);
		}

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
