package org.cordon.checkpoint.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;

/**
 * A checkpoint as the API shows it; {@code status} only on the answer to a registration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckpointAnswer(UUID checkpointId, String name, String region, CheckpointKind kind, String status) {

	static CheckpointAnswer of(CheckpointRegistered checkpoint, String status) {
		return new CheckpointAnswer(checkpoint.checkpointId(), checkpoint.name(), checkpoint.region(),
				checkpoint.kind(), status);
	}

}
