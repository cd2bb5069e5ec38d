package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A confirmed case was transferred to a designated hospital.
 *
 * @param facility the hospital, e.g. 巴彦淖尔市医院
 */
public record PersonTransferred(UUID personId, String facility, LocalDate on) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.PersonTransferred.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
