package org.cordon.platform.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The header names of CloudEvents' Kafka binary mode and their reading and writing.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String SUBJECT = "ce_subject";

	public static final String TIME = "ce_time";

	public static final String ACTOR = "ce_actor";

	public static final String CONTENT_TYPE = "content-type";

	public static final String TRACEPARENT = "traceparent";

	private CloudEventHeaders() {
	}

	/**
	 * The attributes of one event as Kafka headers.
	 * @param attributes the event's CloudEvents attributes
	 * @return the headers to send with its data
	 */
	public static Headers toHeaders(CloudEventAttributes attributes) {
		RecordHeaders headers = new RecordHeaders();
		put(headers, SPEC_VERSION, "1.0");
		put(headers, ID, attributes.id().toString());
		put(headers, SOURCE, attributes.source());
		put(headers, TYPE, attributes.type());
		put(headers, SUBJECT, attributes.subject());
		put(headers, TIME, attributes.time().toString());
		put(headers, CONTENT_TYPE, "application/json");
		if (attributes.actor() != null) {
			put(headers, ACTOR, attributes.actor());
		}
		if (attributes.traceparent() != null) {
			put(headers, TRACEPARENT, attributes.traceparent());
		}
		return headers;
	}

	/**
	 * Reads the attributes back from a consumed record's headers.
	 * @param headers the record's headers
	 * @return the attributes
	 * @throws IllegalArgumentException when a required attribute is missing
	 */
	public static CloudEventAttributes fromHeaders(Headers headers) {
		return new CloudEventAttributes(UUID.fromString(required(headers, ID)), required(headers, SOURCE),
				required(headers, TYPE), required(headers, SUBJECT), Instant.parse(required(headers, TIME)),
				text(headers, ACTOR), text(headers, TRACEPARENT));
	}

	public static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static String required(Headers headers, String name) {
		String value = text(headers, name);
		if (value == null) {
			throw new IllegalArgumentException("Missing CloudEvents header " + name);
		}
		return value;
	}

	private static void put(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
