package org.cordon.checkpoint.counts.domain;

import org.cordon.contracts.checkpoint.Counts;

/**
 * What filing a report did.
 */
public sealed interface Filing {

	/** The first report of its period. */
	record Accepted(FiledReport filed) implements Filing {
	}

	/** A new report for exactly the period of an earlier one, replacing its figures. */
	record Corrected(FiledReport filed, Counts previous) implements Filing {
	}

	/** The same report again: nothing changes. */
	record Duplicate(FiledReport original) implements Filing {
	}

	/** A report that contradicts what is on file. */
	record Conflict(String reason) implements Filing {
	}

}
