package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
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
		return new SimpleModule("cordon-common-times").addDeserializer(Instant.class, new Instants())
			.addDeserializer(LocalDate.class, new Dates());
	}

	private static final class Instants extends StdDeserializer<Instant> {

		Instants() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				Instant common = EventTimes.fast(parser.getString());
				if (common != null) {
					return common;
				}
			}
			return InstantDeserializer.INSTANT.deserialize(parser, context);
		}

	}

	private static final class Dates extends StdDeserializer<LocalDate> {

		Dates() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				LocalDate common = EventTimes.fastDate(parser.getString());
				if (common != null) {
					return common;
				}
			}
			return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
		}

	}

}
