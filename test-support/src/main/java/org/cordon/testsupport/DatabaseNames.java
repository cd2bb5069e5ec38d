package org.cordon.testsupport;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a readable prefix into a database name that is unique and valid without quoting,
 * so that the names are legible in psql listings and in logs.
 */
final class DatabaseNames {

	/** PostgreSQL truncates identifiers at 63 bytes; leave room for the suffix. */
	private static final int MAX_PREFIX_LENGTH = 50;

	private DatabaseNames() {
	}

	static String unique(String prefix) {
		return sanitise(prefix) + "_" + String.format("%08x", ThreadLocalRandom.current().nextInt());
	}

	static String sanitise(String prefix) {
		String name = (prefix != null) ? prefix.toLowerCase(Locale.ROOT) : "";
		name = name.replaceAll("[^a-z0-9_]+", "_").replaceAll("_{2,}", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty()) {
			name = "db";
		}
		if (!Character.isLetter(name.charAt(0))) {
			name = "db_" + name;
		}
		return (name.length() > MAX_PREFIX_LENGTH) ? name.substring(0, MAX_PREFIX_LENGTH) : name;
	}

}
