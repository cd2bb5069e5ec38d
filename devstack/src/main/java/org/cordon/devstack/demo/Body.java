package org.cordon.devstack.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cordon.devstack.Json;

/**
 * A JSON object written by hand, in the order its fields are put: strings (and dates,
 * ids, instants: their {@code toString}) quoted and escaped, numbers as they are, money
 * as a decimal string, as API.md wants it.
 */
public final class Body {

	private final List<String> fields = new ArrayList<>();

	/**
	 * @param name the field
	 * @param value a String, Number, Boolean, Body, List of Body, null, or anything whose
	 * {@code toString} is its JSON string (LocalDate, UUID, OffsetDateTime)
	 * @return this
	 */
	public Body put(String name, Object value) {
		this.fields.add(Json.string(name) + ":" + value(value));
		return this;
	}

	/**
	 * @param name the field
	 * @param amount money: written as a decimal string, e.g. {@code "416169.60"}
	 * @return this
	 */
	public Body money(String name, BigDecimal amount) {
		return put(name, amount.toPlainString());
	}

	@Override
	public String toString() {
		return this.fields.stream().collect(Collectors.joining(",", "{", "}"));
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof Body) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Body::value).collect(Collectors.joining(",", "[", "]"));
		}
		return Json.string(value.toString());
	}

}
