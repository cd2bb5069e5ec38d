package org.cordon.reporting.views.domain;

import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * The {@code region} parameter of the views that have one: blank or missing means every
 * region (as for the checkpoint summary, ADR 7), anything else one region by its exact
 * name. A region is a county or district name; one longer than any the write services
 * accept, or with control characters, is a mistake worth a 400 rather than an empty view.
 */
public final class RegionFilter {

	/** Longer than any region name the write services accept. */
	public static final int MAX_LENGTH = 100;

	private static final String FIELD = "region";

	private RegionFilter() {
	}

	/**
	 * @param parameter the parameter as sent, possibly null
	 * @return what is wrong with it; empty when it can be used
	 */
	public static List<Violation> check(String parameter) {
		Violations violations = new Violations();
		if (parameter != null) {
			String region = parameter.strip();
			violations.check(region.length() <= MAX_LENGTH, FIELD, "must be at most " + MAX_LENGTH + " characters");
			violations.check(region.chars().noneMatch(Character::isISOControl), FIELD,
					"must not contain control characters");
		}
		return violations.list();
	}

	/**
	 * @param parameter a parameter {@link #check} passed
	 * @return the region to select, or null for every region
	 */
	public static String selected(String parameter) {
		return (parameter == null || parameter.isBlank()) ? null : parameter.strip();
	}

}
