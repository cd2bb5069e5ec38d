package org.cordon.contracts.checkpoint;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint turned a vehicle back.
 */
public record VehicleTurnedBack(UUID checkpointId, UUID recordId, Instant at, String plate, String originRegion,
		int occupants, String reason) implements CheckpointEvent {

	public static final String TYPE = "cordon.checkpoint.VehicleTurnedBack.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
