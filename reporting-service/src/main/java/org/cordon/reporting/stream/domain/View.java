package org.cordon.reporting.stream.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The views a client can follow, named on the wire in lowercase: one per consumed
 * context.
 */
public enum View {

	CHECKPOINTS, QUARANTINE, SUPPLIES, INSPECTIONS;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<View> fromWireName(String name) {
		for (View view : values()) {
			if (view.wireName().equals(name)) {
				return Optional.of(view);
			}
		}
		return Optional.empty();
	}

}
