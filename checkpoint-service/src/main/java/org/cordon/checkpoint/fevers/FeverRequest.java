package org.cordon.checkpoint.fevers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The body of {@code POST /api/checkpoints/{checkpointId}/fevers}.
 */
record FeverRequest(UUID recordId, Instant at, BigDecimal temperatureCelsius, String referredTo) {

}
