package org.cordon.checkpoint.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * The status words of API.md and the problems for broken rules.
 */
public final class Answers {

	public static final String CREATED = "CREATED";

	public static final String ACCEPTED = "ACCEPTED";

	public static final String CORRECTED = "CORRECTED";

	public static final String DUPLICATE = "DUPLICATE";

	public static final String REJECTED = "REJECTED";

	private Answers() {
	}

	public static Problem invalid(List<Violation> violations) {
		return ProblemException
			.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList())
			.problem();
	}

	/**
	 * Refuses the request when a rule is broken.
	 * @param violations what the rules found
	 */
	public static void refuseIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ProblemException(invalid(violations));
		}
	}

	public static <T> Mono<T> missingBody() {
		return Mono.error(() -> ProblemException.invalid("body", "is required"));
	}

}
