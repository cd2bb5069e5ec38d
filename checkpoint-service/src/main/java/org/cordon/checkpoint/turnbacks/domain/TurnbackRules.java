package org.cordon.checkpoint.turnbacks.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A turnback names the vehicle, where it came from and how many were in it, at a time
 * that has passed.
 */
public final class TurnbackRules {

	public static final int MAX_OCCUPANTS = 100;

	private TurnbackRules() {
	}

	public static List<Violation> check(UUID recordId, Instant at, String plate, String originRegion, Integer occupants,
			String reason, Instant now) {
		Violations violations = new Violations();
		violations.present(recordId, "recordId");
		if (violations.present(at, "at")) {
			violations.notInFuture(at, "at", now);
		}
		violations.text(plate, "plate", 20).text(originRegion, "originRegion", 100);
		if (violations.present(occupants, "occupants")) {
			violations.range(occupants, "occupants", 0, MAX_OCCUPANTS);
		}
		violations.optionalText(reason, "reason", 500);
		return violations.list();
	}

}
