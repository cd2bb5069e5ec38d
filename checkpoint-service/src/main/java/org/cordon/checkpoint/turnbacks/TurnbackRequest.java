package org.cordon.checkpoint.turnbacks;

import java.time.Instant;
import java.util.UUID;

/**
 * The body of {@code POST /api/checkpoints/{checkpointId}/turnbacks}.
 */
record TurnbackRequest(UUID recordId, Instant at, String plate, String originRegion, Integer occupants, String reason) {

}
