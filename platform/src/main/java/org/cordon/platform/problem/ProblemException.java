package org.cordon.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure that is answered as a problem; the subclasses name the common kinds.
 */
public class ProblemException extends RuntimeException {

	private final transient Problem problem;

	public ProblemException(Problem problem) {
		super(problem.detail());
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

	public int status() {
		return this.problem.status();
	}

	public static ProblemException invalid(List<FieldProblem> errors) {
		return new ProblemException(new Problem(Problem.TYPE_PREFIX + "invalid-input", "Invalid input", 400,
				"The request has invalid fields; nothing was changed.", errors, Map.of()));
	}

	public static ProblemException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
	}

	public static ProblemException conflict(String detail) {
		return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
	}

	public static ProblemException conflict(String detail, Map<String, Object> extensions) {
		return new ProblemException(
				new Problem(Problem.TYPE_PREFIX + "conflict", "Conflict", 409, detail, List.of(), extensions));
	}

	public static ProblemException forbidden(String detail) {
		return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
	}

}
