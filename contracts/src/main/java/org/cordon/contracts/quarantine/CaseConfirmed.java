package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person became a confirmed case.
 */
public record CaseConfirmed(UUID personId, LocalDate on) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.CaseConfirmed.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
