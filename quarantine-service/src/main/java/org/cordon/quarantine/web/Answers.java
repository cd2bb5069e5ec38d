package org.cordon.quarantine.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * The status words of API.md and ADR 0012, and the problem for broken rules.
 */
public final class Answers {

	/** A first create, answered 201. */
	public static final String CREATED = "CREATED";

	/** A create or a transition repeated with the same content: 200, nothing changed. */
	public static final String DUPLICATE = "DUPLICATE";

	/** A transition that happened now: 200, announced. */
	public static final String APPLIED = "APPLIED";

	/** A contact traced again with a later day: 200, announced. */
	public static final String UPDATED = "UPDATED";

	private Answers() {
	}

	public static ProblemException invalid(List<Violation> violations) {
		return ProblemException
			.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
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

	public static <T> Mono<T> missingBody() {
		return Mono.error(() -> ProblemException.invalid("body", "is required"));
	}

}
