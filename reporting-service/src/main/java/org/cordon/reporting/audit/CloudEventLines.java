package org.cordon.reporting.audit;

import java.io.ByteArrayOutputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event as one line of CloudEvents structured JSON: the attributes, the
 * {@code actor} extension when the event has one, and {@code data} as the JSON object it
 * is. The data is copied token by token, exactly as it was published (a temperature of
 * 37.8 stays 37.8, a decimal string of yuan stays a string), and checked on the way: a
 * record whose value is not one JSON value yields no line rather than a broken one.
 */
final class CloudEventLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte NEWLINE = '\n';

	private CloudEventLines() {
	}

	/**
	 * @param record a kept record
	 * @return its line, ending with a newline; null when its data is not JSON
	 */
	static byte[] line(AuditRecord record) {
		if (record.data() == null) {
			return null;
		}
		ByteArrayOutputStream line = new ByteArrayOutputStream(320 + record.data().length);
		try (JsonGenerator out = JSON.createGenerator(line); JsonParser data = JSON.createParser(record.data())) {
			out.writeStartObject();
			out.writeStringProperty("specversion", record.specVersion());
			out.writeStringProperty("id", record.attributes().id().toString());
			out.writeStringProperty("source", record.attributes().source());
			out.writeStringProperty("type", record.attributes().type());
			out.writeStringProperty("subject", record.attributes().subject());
			out.writeStringProperty("time", record.attributes().time().toString());
			out.writeStringProperty("datacontenttype", record.contentType());
			if (record.attributes().actor() != null) {
				out.writeStringProperty("actor", record.attributes().actor());
			}
			out.writeName("data");
			if (data.nextToken() == null) {
				return null;
			}
			out.copyCurrentStructureExact(data);
			if (data.nextToken() != null) {
				// more than one value: not the JSON data the content type promises
				return null;
			}
			out.writeEndObject();
		}
		catch (JacksonException ex) {
			return null;
		}
		line.write(NEWLINE);
		return line.toByteArray();
	}

}
