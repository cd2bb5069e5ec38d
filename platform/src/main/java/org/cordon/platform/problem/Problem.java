package org.cordon.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of an {@code application/problem+json} answer (RFC 9457).
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong in this request
 * @param errors for invalid input: each offending field
 * @param extensions further members, e.g. the id of an existing record
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
		@JsonAnyGetter Map<String, Object> extensions) {

	public static final String TYPE_PREFIX = "urn:cordon:problem:";

	public Problem {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
		extensions = (extensions != null) ? new LinkedHashMap<>(extensions) : Map.of();
	}

	public static Problem of(int status, String slug, String title, String detail) {
		return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of(), Map.of());
	}

}
