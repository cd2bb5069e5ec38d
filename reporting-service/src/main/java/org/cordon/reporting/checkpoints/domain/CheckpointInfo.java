package org.cordon.reporting.checkpoints.domain;

import java.util.UUID;

/**
 * A checkpoint as registered; name and region are null for one whose registration the
 * view has not seen.
 */
public record CheckpointInfo(UUID checkpointId, String name, String region) {

}
