package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person was isolated, or moved to another isolation (home to a centralised site, say);
 * the latest one is where the person is.
 *
 * @param site where, as named by the command (a hotel, a community), never an address
 * @param observationEndsOn the last day of observation
 * @param monitorCount how many named monitors watch the person ("三方盯一")
 */
public record PersonIsolated(UUID personId, IsolationMode mode, String site, LocalDate startedOn,
		LocalDate observationEndsOn, int monitorCount) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.PersonIsolated.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
