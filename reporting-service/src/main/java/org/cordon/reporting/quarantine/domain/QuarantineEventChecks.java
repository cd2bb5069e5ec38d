package org.cordon.reporting.quarantine.domain;

import java.util.ArrayList;
import java.util.List;

import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.contracts.quarantine.TemperatureRecorded;

/**
 * What a quarantine event must carry before the summary applies it: JSON that reads into
 * a record may still miss a field the summary counts by, and such an event is refused
 * (dead-lettered), never guessed at.
 */
public final class QuarantineEventChecks {

	private QuarantineEventChecks() {
	}

	/**
	 * @param event a decoded event
	 * @return what is wrong with it; empty when the summary can apply it
	 */
	public static List<String> problems(QuarantineEvent event) {
		List<String> problems = new ArrayList<>();
		if (event.personId() == null) {
			problems.add("personId is missing");
		}
		if (event instanceof PersonRegistered registered
				&& (registered.region() == null || registered.category() == null)) {
			problems.add("region and category are required");
		}
		if (event instanceof PersonIsolated isolated
				&& (isolated.mode() == null || isolated.observationEndsOn() == null)) {
			problems.add("mode and observationEndsOn are required");
		}
		if (event instanceof TemperatureRecorded reading && reading.at() == null) {
			problems.add("at is missing");
		}
		return problems;
	}

}
