package org.cordon.inspection.issues.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an issue stands: open until rectified, overdue once open past its deadline.
 */
public enum IssueStatus {

	/** Found, not yet rectified, deadline not yet missed. */
	OPEN,
	/** Rectified, on time or late. */
	RECTIFIED,
	/** Still open at the first day boundary after its deadline. */
	OVERDUE;

	/**
	 * Reads a status as a client wrote it.
	 * @param name e.g. {@code OPEN}
	 * @return the status; empty for anything else
	 */
	public static Optional<IssueStatus> of(String name) {
		return Arrays.stream(values()).filter((status) -> status.name().equals(name)).findFirst();
	}

}
