package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the instants and dates in event data by {@link EventTimes} when they have the
 * form every Cordon producer writes, and by Jackson's own readers otherwise, so that an
 * event reads exactly as it did with Jackson's readers alone: any other form, a number,
 * an invalid date, each answers or fails as before. Jackson's readers go through
 * {@code DateTimeFormatter}, whose parse was a tenth of a rebuild's work.
 */
final class CommonTimes {

	private CommonTimes() {
	}

	/**
	 * @return a module that reads {@link Instant} and {@link LocalDate} values
	 */
	static JacksonModule module() {
		return new SimpleModule("cordon-common-times")
			.addDeserializer(Instant.class,
					new CommonForm<>(Instant.class, EventTimes::fast, InstantDeserializer.INSTANT))
			.addDeserializer(LocalDate.class,
					new CommonForm<>(LocalDate.class, EventTimes::fastDate, LocalDateDeserializer.INSTANCE));
	}

	/**
	 * Reads a string of the common form by a fast reader, anything else by Jackson's.
	 */
	private static final class CommonForm<T> extends StdDeserializer<T> {

		private final Function<String, T> fast;

		private final ValueDeserializer<T> jackson;

		CommonForm(Class<T> type, Function<String, T> fast, ValueDeserializer<T> jackson) {
			super(type);
			this.fast = fast;
			this.jackson = jackson;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				T common = this.fast.apply(parser.getString());
				if (common != null) {
					return common;
				}
			}
			return this.jackson.deserialize(parser, context);
		}

	}

}
