package org.cordon.reporting.rebuild.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row on which a live view and the same view built from the log disagree.
 *
 * @param view the view's table
 * @param key the row's primary key, column by column
 * @param live the live row, column by column; null when the live view lacks it
 * @param expected the row built from the log; null when the log does not make it
 */
public record Difference(String view, Map<String, Object> key, Map<String, Object> live, Map<String, Object> expected) {

	/**
	 * @param view the view's table
	 * @param keyColumns the columns of its primary key
	 * @param live the live row, or null
	 * @param expected the row built from the log, or null
	 * @return the difference, keyed by whichever row there is
	 */
	public static Difference of(String view, List<String> keyColumns, Map<String, Object> live,
			Map<String, Object> expected) {
		if (live == null && expected == null) {
			throw new IllegalArgumentException("A difference needs a row on one side at least");
		}
		if (keyColumns.isEmpty()) {
			throw new IllegalArgumentException(view + " has no primary key to compare by");
		}
		Map<String, Object> row = (live != null) ? live : expected;
		Map<String, Object> key = new LinkedHashMap<>();
		for (String column : keyColumns) {
			if (!row.containsKey(column)) {
				throw new IllegalArgumentException("A row of " + view + " without its key column " + column);
			}
			key.put(column, row.get(column));
		}
		return new Difference(view, Collections.unmodifiableMap(key), copy(live), copy(expected));
	}

	private static Map<String, Object> copy(Map<String, Object> row) {
		// not Map.copyOf: a column may be null
		return (row != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(row)) : null;
	}

}
