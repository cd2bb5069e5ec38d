package org.cordon.quarantine.watchlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * One line of a watchlist: enough for a monitor to call or visit the person.
 *
 * @param lastTemperatureAt the latest reading on file, or null
 */
record WatchSummary(UUID personId, String name, String phone, String region, IsolationMode mode, String site,
		LocalDate observationEndsOn, Instant lastTemperatureAt) {

	@Override
	public String toString() {
		return "WatchSummary[" + this.personId + "]";
	}

}
