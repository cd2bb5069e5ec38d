package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person became a suspected case.
 */
public record CaseSuspected(UUID personId, LocalDate on) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.CaseSuspected.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
