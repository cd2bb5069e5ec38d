package org.cordon.quarantine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every name, ID number, phone and address the tests of this JVM posted, so that what the
 * service published and logged can be searched for them.
 */
public final class PostedPersonalData {

	private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

	private PostedPersonalData() {
	}

	public static void remember(String... values) {
		for (String value : values) {
			VALUES.add(value);
		}
	}

	public static List<String> all() {
		return List.copyOf(VALUES);
	}

	/**
	 * @param text text the service published or logged
	 * @return the posted values found in it
	 */
	public static List<String> foundIn(String text) {
		return VALUES.stream().filter(text::contains).toList();
	}

}
