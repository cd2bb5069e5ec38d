package org.cordon.contracts.checkpoint;

import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * An event of the checkpoint context; every one is keyed by its checkpoint.
 */
public sealed interface CheckpointEvent extends DomainEvent
		permits CheckpointRegistered, CountsReported, VehicleTurnedBack, FeverDetected {

	UUID checkpointId();

	@Override
	default String subject() {
		return checkpointId().toString();
	}

}
