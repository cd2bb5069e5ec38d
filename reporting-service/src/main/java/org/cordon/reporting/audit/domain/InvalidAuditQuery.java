package org.cordon.reporting.audit.domain;

import java.util.List;

import org.cordon.platform.rules.Violation;

/**
 * An audit query that breaks its rules; the web layer answers it as a 400 naming the
 * parameters.
 */
public class InvalidAuditQuery extends RuntimeException {

	private final transient List<Violation> violations;

	public InvalidAuditQuery(List<Violation> violations) {
		super("Invalid audit query: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
