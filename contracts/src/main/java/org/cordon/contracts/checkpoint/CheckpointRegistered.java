package org.cordon.contracts.checkpoint;

import java.util.UUID;

/**
 * A checkpoint was set up and may now report.
 */
public record CheckpointRegistered(UUID checkpointId, String name, String region,
		CheckpointKind kind) implements CheckpointEvent {

	public static final String TYPE = "cordon.checkpoint.CheckpointRegistered.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
