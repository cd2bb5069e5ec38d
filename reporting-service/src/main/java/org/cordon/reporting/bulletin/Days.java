package org.cordon.reporting.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Binds days and texts to array parameters: the driver takes an array of texts with
 * nulls, cast to {@code date[]} or {@code uuid[]} in the statement.
 */
final class Days {

	private Days() {
	}

	static <T> String[] days(List<T> rows, Function<T, LocalDate> day) {
		return rows.stream().map(day).map((d) -> (d != null) ? d.toString() : null).toArray(String[]::new);
	}

	static <T> String[] texts(List<T> rows, Function<T, ?> value) {
		return rows.stream().map(value).map((v) -> (v != null) ? v.toString() : null).toArray(String[]::new);
	}

}
