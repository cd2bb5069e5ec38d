package org.cordon.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Turns any failure into the problem the client gets. A client's mistake is never a 500;
 * a dependency that is down is a 503 the client may retry.
 */
public final class ProblemMapping {

	/** Seconds a client should wait before retrying after a 503. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private ProblemMapping() {
	}

	public static Problem toProblem(Throwable failure) {
		if (failure instanceof ProblemException problem) {
			return problem.problem();
		}
		if (causedBy(failure, DataBufferLimitException.class) || failure instanceof ContentTooLargeException) {
			return Problem.of(413, "payload-too-large", "Payload too large", "The request body is over 1 MiB.");
		}
		if (failure instanceof UnsupportedMediaTypeStatusException) {
			return Problem.of(415, "unsupported-media-type", "Unsupported media type",
					"Send the body as application/json.");
		}
		if (failure instanceof NotAcceptableStatusException) {
			return Problem.of(406, "not-acceptable", "Not acceptable", "This resource answers application/json.");
		}
		if (failure instanceof MethodNotAllowedException notAllowed) {
			return Problem.of(405, "method-not-allowed", "Method not allowed",
					"Allowed: " + notAllowed.getSupportedMethods());
		}
		if (failure instanceof ServerWebInputException input) {
			return invalidInput(input);
		}
		if (failure instanceof ResponseStatusException status) {
			int code = status.getStatusCode().value();
			if (code == 404) {
				return Problem.of(404, "not-found", "Not found", "No such resource.");
			}
			return Problem.of(code, "http-" + code, Objects.toString(status.getReason(), "Error"),
					Objects.toString(status.getReason(), "The request failed."));
		}
		if (isDependencyDown(failure)) {
			return Problem.of(503, "service-unavailable", "Service unavailable",
					"A dependency is unavailable; retry later. Nothing was changed.");
		}
		return Problem.of(500, "internal-error", "Internal error",
				"The request failed on our side; nothing was changed.");
	}

	private static Problem invalidInput(ServerWebInputException input) {
		JacksonException json = cause(input, JacksonException.class);
		if (json != null) {
			return ProblemException.invalid(List.of(fieldProblem(json))).problem();
		}
		String reason = Objects.toString(input.getReason(), "Invalid request");
		if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null) {
			return ProblemException.invalid(input.getMethodParameter().getParameterName(), reason).problem();
		}
		return ProblemException.invalid("body", reason).problem();
	}

	/**
	 * Names the field a JSON reading error is about, as a path the client recognises.
	 * @param failure what the JSON reader said
	 * @return the field and a message without Java class names
	 */
	public static FieldProblem fieldProblem(JacksonException failure) {
		String field = path(failure);
		if (failure instanceof UnrecognizedPropertyException) {
			return new FieldProblem(field, "is not a known field");
		}
		if (failure instanceof InvalidFormatException format) {
			if (format.getTargetType() != null && format.getTargetType().isEnum()) {
				return new FieldProblem(field, "must be one of " + List.of(format.getTargetType().getEnumConstants()));
			}
			return new FieldProblem(field,
					"has an invalid value '" + format.getValue() + "' for " + describe(format.getTargetType()));
		}
		if (failure instanceof MismatchedInputException mismatch) {
			return new FieldProblem(field, "must be " + describe(mismatch.getTargetType()));
		}
		if (failure instanceof StreamReadException) {
			return new FieldProblem(field.isEmpty() ? "body" : field, "is not well-formed JSON");
		}
		return new FieldProblem(field.isEmpty() ? "body" : field, "cannot be read");
	}

	private static String path(JacksonException failure) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "an integer";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == java.util.UUID.class) {
			return "a UUID";
		}
		if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
			return "an RFC 3339 instant with offset";
		}
		if (type == java.time.LocalDate.class) {
			return "a date YYYY-MM-DD";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		return "an object";
	}

	private static boolean isDependencyDown(Throwable failure) {
		return causedBy(failure, DataAccessResourceFailureException.class)
				|| causedBy(failure, TransientDataAccessException.class)
				|| causedBy(failure, R2dbcNonTransientResourceException.class)
				|| causedBy(failure, R2dbcTransientException.class)
				|| causedBy(failure, java.net.ConnectException.class);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		return cause(failure, type) != null;
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			seen.add(t);
		}
		return null;
	}

	static Map<String, String> headersFor(Problem problem) {
		return (problem.status() == 503 || problem.status() == 429)
				? Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)) : Map.of();
	}

}
