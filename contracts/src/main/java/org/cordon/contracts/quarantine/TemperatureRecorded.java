package org.cordon.contracts.quarantine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's temperature was taken.
 *
 * @param celsius one decimal, in °C
 * @param fever whether {@code celsius} is at least 37.3
 */
public record TemperatureRecorded(UUID personId, Instant at, BigDecimal celsius,
		boolean fever) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.TemperatureRecorded.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
