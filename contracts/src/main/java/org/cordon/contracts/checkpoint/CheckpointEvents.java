package org.cordon.contracts.checkpoint;

import java.util.List;

import org.cordon.contracts.EventType;

/**
 * The topic and the type names of the checkpoint context.
 */
public final class CheckpointEvents {

	public static final String TOPIC = "checkpoint.events";

	public static final List<EventType> TYPES = List.of(
			new EventType(CheckpointRegistered.TYPE, CheckpointRegistered.class, TOPIC),
			new EventType(CountsReported.TYPE, CountsReported.class, TOPIC),
			new EventType(VehicleTurnedBack.TYPE, VehicleTurnedBack.class, TOPIC),
			new EventType(FeverDetected.TYPE, FeverDetected.class, TOPIC));

	private CheckpointEvents() {
	}

}
