package org.cordon.quarantine.temperatures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cordon.quarantine.temperatures.domain.Reading;

/**
 * The answer to a reading: {@code CREATED} (201) or {@code DUPLICATE} (200).
 */
record TemperatureAnswer(UUID personId, Instant at, BigDecimal celsius, boolean fever, String status) {

	static TemperatureAnswer of(UUID personId, Reading reading, String status) {
		return new TemperatureAnswer(personId, reading.at(), reading.celsius(), reading.fever(), status);
	}

}
