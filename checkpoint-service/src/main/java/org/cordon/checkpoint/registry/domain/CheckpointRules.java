package org.cordon.checkpoint.registry.domain;

import java.util.List;
import java.util.UUID;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A checkpoint needs an id, a name, the region it belongs to and its kind.
 */
public final class CheckpointRules {

	public static final int MAX_NAME = 100;

	public static final int MAX_REGION = 50;

	private CheckpointRules() {
	}

	public static List<Violation> check(UUID checkpointId, String name, String region, CheckpointKind kind) {
		Violations violations = new Violations();
		violations.present(checkpointId, "checkpointId");
		violations.text(name, "name", MAX_NAME).text(region, "region", MAX_REGION);
		violations.present(kind, "kind");
		return violations.list();
	}

}
