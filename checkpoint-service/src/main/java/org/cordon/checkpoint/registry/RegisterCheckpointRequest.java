package org.cordon.checkpoint.registry;

import java.util.UUID;

import org.cordon.contracts.checkpoint.CheckpointKind;

/**
 * The body of {@code POST /api/checkpoints}.
 */
record RegisterCheckpointRequest(UUID checkpointId, String name, String region, CheckpointKind kind) {

}
