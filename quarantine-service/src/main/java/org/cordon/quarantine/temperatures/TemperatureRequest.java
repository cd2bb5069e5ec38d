package org.cordon.quarantine.temperatures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The body of {@code POST /api/persons/{personId}/temperatures}.
 */
record TemperatureRequest(Instant at, BigDecimal celsius) {

}
