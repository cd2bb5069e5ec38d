package org.cordon.reporting.views;

import java.time.Instant;

import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violations;
import org.cordon.reporting.views.domain.AsOfInstant;

/**
 * Reads the {@code asOf} parameter of a view endpoint, answering a bad one with a 400
 * that names the field.
 */
public final class AsOfParameter {

	private AsOfParameter() {
	}

	/**
	 * @param parameter the parameter as sent, possibly null
	 * @return the instant to answer as of, or null for the live view
	 * @throws ProblemException 400 naming {@code asOf}
	 */
	public static Instant read(String parameter) {
		Violations violations = new Violations();
		Instant instant = AsOfInstant.read(parameter, violations);
		if (!violations.isEmpty()) {
			throw ProblemException
				.invalid(violations.list().stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
		return instant;
	}

}
