package org.cordon.reporting.views;

import java.util.List;

import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;
import org.cordon.reporting.views.domain.RegionFilter;

/**
 * Reads the {@code region} parameter of a view endpoint, answering a bad one with a 400
 * that names the field.
 */
public final class RegionParameter {

	private RegionParameter() {
	}

	/**
	 * @param parameter the parameter as sent, possibly null
	 * @return the region to select, or null for every region
	 * @throws ProblemException 400 naming {@code region}
	 */
	public static String read(String parameter) {
		List<Violation> violations = RegionFilter.check(parameter);
		if (!violations.isEmpty()) {
			throw ProblemException
				.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
		return RegionFilter.selected(parameter);
	}

}
