package org.cordon.contracts.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint measured a fever and referred the person on; who it was stays off the
 * record.
 *
 * @param temperatureCelsius one decimal, in °C
 */
public record FeverDetected(UUID checkpointId, UUID recordId, Instant at, BigDecimal temperatureCelsius,
		String referredTo) implements CheckpointEvent {

	public static final String TYPE = "cordon.checkpoint.FeverDetected.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
