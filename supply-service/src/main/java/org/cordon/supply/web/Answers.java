package org.cordon.supply.web;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.cordon.platform.idempotency.Created;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * The status words of API.md, the answer to a create, and the problems for broken rules.
 */
public final class Answers {

	public static final String CREATED = "CREATED";

	public static final String DUPLICATE = "DUPLICATE";

	private Answers() {
	}

	/**
	 * Refuses the request when a rule is broken.
	 * @param violations what the rules found
	 */
	public static void refuseIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw ProblemException
				.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
	}

	public static <T> Mono<T> missingBody() {
		return Mono.error(() -> ProblemException.invalid("body", "is required"));
	}

	/**
	 * 201 for a first create, 200 for a repeat.
	 * @param <T> the answer's body
	 * @param created what the create did
	 * @param body the body for a status word
	 * @return the answer
	 */
	public static <T> ResponseEntity<T> of(Created<?> created, Function<String, T> body) {
		return created.duplicate() ? ResponseEntity.ok(body.apply(DUPLICATE))
				: ResponseEntity.status(HttpStatus.CREATED).body(body.apply(CREATED));
	}

	/**
	 * The problem for a request that names an item nobody defined.
	 * @param sku the sku
	 * @return a 400 naming {@code sku}
	 */
	public static ProblemException unknownSku(String sku) {
		return ProblemException.invalid("sku",
				"no item " + sku + " is defined; define it first with POST /api/supplies/items");
	}

}
