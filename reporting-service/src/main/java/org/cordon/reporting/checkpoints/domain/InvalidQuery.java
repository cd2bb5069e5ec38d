package org.cordon.reporting.checkpoints.domain;

import java.util.List;

import org.cordon.platform.rules.Violation;

/**
 * A query that breaks its rules; the web layer answers it as a 400 naming the fields.
 */
public class InvalidQuery extends RuntimeException {

	private final transient List<Violation> violations;

	public InvalidQuery(List<Violation> violations) {
		super("Invalid query: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
