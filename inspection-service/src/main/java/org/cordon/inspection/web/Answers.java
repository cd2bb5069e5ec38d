package org.cordon.inspection.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * The status words of the answers and the problems for broken rules.
 */
public final class Answers {

	/** A first create, answered 201. */
	public static final String CREATED = "CREATED";

	/** A repeat that changed nothing, answered 200. */
	public static final String DUPLICATE = "DUPLICATE";

	/** A first rectification, answered 200. */
	public static final String RECTIFIED = "RECTIFIED";

	private Answers() {
	}

	/**
	 * Refuses the request when a rule is broken.
	 * @param violations what the rules found
	 */
	public static void refuseIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw invalid(violations);
		}
	}

	public static ProblemException invalid(List<Violation> violations) {
		return ProblemException
			.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
	}

	public static <T> Mono<T> missingBody() {
		return Mono.error(() -> ProblemException.invalid("body", "is required"));
	}

}
