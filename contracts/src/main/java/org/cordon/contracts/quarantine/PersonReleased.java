package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person completed observation and was released from isolation.
 */
public record PersonReleased(UUID personId, LocalDate releasedOn) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.PersonReleased.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
