package org.cordon.reporting.stream.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cordon.platform.rules.Violation;

/**
 * Reads the {@code views} parameter of the stream.
 */
public final class Views {

	private Views() {
	}

	/**
	 * @param parameter comma-separated view names; null or blank means every view
	 * @return the views, in the order of {@link View}
	 * @throws IllegalArgumentException naming the unknown views
	 */
	public static Set<View> read(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return EnumSet.allOf(View.class);
		}
		Set<View> views = EnumSet.noneOf(View.class);
		List<String> unknown = new ArrayList<>();
		for (String name : parameter.split(",")) {
			View.fromWireName(name.strip()).ifPresentOrElse(views::add, () -> unknown.add(name.strip()));
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown views " + unknown);
		}
		return views;
	}

	/**
	 * The problem to answer for a parameter {@link #read} refused.
	 * @return what the client should send instead
	 */
	public static Violation unknown() {
		return new Violation("views", "must be a comma-separated list of "
				+ Arrays.stream(View.values()).map(View::wireName).collect(Collectors.joining(", ")));
	}

}
