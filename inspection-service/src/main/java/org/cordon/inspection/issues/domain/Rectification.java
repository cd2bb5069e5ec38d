package org.cordon.inspection.issues.domain;

import org.cordon.platform.rules.Violation;

/**
 * What rectifying an issue does.
 */
public sealed interface Rectification {

	/** The issue is rectified now, on time or late. */
	record Done() implements Rectification {
	}

	/** It was rectified on that very day already: nothing changes. */
	record Repeat() implements Rectification {
	}

	/** It was rectified on another day. */
	record Conflict(String reason) implements Rectification {
	}

	/** The day cannot be right for this issue. */
	record Invalid(Violation violation) implements Rectification {
	}

}
