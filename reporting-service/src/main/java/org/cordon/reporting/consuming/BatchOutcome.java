package org.cordon.reporting.consuming;

/**
 * What one committed batch did with its records.
 *
 * @param applied events that changed the views
 * @param duplicates events whose ce_id was applied before
 * @param alreadyConsumed records below the stored position
 * @param deadLettered records sent to the dead-letter topic
 */
record BatchOutcome(int applied, int duplicates, int alreadyConsumed, int deadLettered) {

	static final BatchOutcome NOTHING = new BatchOutcome(0, 0, 0, 0);

	BatchOutcome plus(BatchOutcome other) {
		return new BatchOutcome(this.applied + other.applied, this.duplicates + other.duplicates,
				this.alreadyConsumed + other.alreadyConsumed, this.deadLettered + other.deadLettered);
	}

}
