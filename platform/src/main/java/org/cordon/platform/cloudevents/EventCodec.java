package org.cordon.platform.cloudevents;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.contracts.EventType;

/**
 * Writes and reads event data as JSON, the way the golden samples in {@code contracts}
 * fix it. Kept apart from the web layer's mapper so that a change to request handling can
 * never change the published format.
 */
public final class EventCodec {

	/** Jackson's defaults, with the common forms of instants and dates read faster. */
	private static final JsonMapper JSON = JsonMapper.builder().addModule(CommonTimes.module()).build();

	/**
	 * A reader per event type, which keeps the type's deserializer: the mapper looks the
	 * type and its deserializer up on every read.
	 */
	private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
		@Override
		protected ObjectReader computeValue(Class<?> type) {
			return JSON.readerFor(type);
		}
	};

	private EventCodec() {
	}

	public static String write(DomainEvent event) {
		return JSON.writeValueAsString(event);
	}

	/**
	 * Reads an event's data by its logical type.
	 * <p>
	 * Data that is a JSON object in well-formed UTF-8 is parsed from its bytes, sparing a
	 * copy into a {@code String}. Anything else, and data whose parse fails, is read from
	 * the data decoded into a {@code String}, as it always was: malformed UTF-8 is
	 * replaced (U+FFFD) rather than refused, and a failure says what it always said.
	 * @param type the {@code ce_type}
	 * @param data the record value
	 * @return the event
	 * @throws IllegalArgumentException for a type no contract declares
	 */
	public static DomainEvent read(String type, byte[] data) {
		EventType eventType = EventCatalog.byName(type)
			.orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
		if (data.length > 0 && data[0] == '{' && Utf8.isWellFormedWithoutNul(data)) {
			try {
				return READERS.get(eventType.dataType()).readValue(data);
			}
			catch (RuntimeException ex) {
				// read again below, for the failure's own words
			}
		}
		return READERS.get(eventType.dataType()).readValue(new String(data, StandardCharsets.UTF_8));
	}

}
