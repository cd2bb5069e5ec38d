package org.cordon.devstack;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a flat map as a JSON object, for {@code SPRING_APPLICATION_JSON}: the one way to
 * hand a service multi-line values such as PEM keys without quoting trouble; and any text
 * as a JSON string, for the request bodies the demo writes by hand.
 */
public final class Json {

	private Json() {
	}

	static String object(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.map((entry) -> string(entry.getKey()) + ":" + value(entry.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String value(Object value) {
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return string(String.valueOf(value));
	}

	/**
	 * @param text any text
	 * @return it as a JSON string, quoted and escaped
	 */
	public static String string(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
