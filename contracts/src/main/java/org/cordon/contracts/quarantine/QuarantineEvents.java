package org.cordon.contracts.quarantine;

import java.util.List;

import org.cordon.contracts.EventType;

/**
 * The topic and the type names of the quarantine context.
 */
public final class QuarantineEvents {

	public static final String TOPIC = "quarantine.events";

	public static final List<EventType> TYPES = List.of(
			new EventType(PersonRegistered.TYPE, PersonRegistered.class, TOPIC),
			new EventType(PersonIsolated.TYPE, PersonIsolated.class, TOPIC),
			new EventType(TemperatureRecorded.TYPE, TemperatureRecorded.class, TOPIC),
			new EventType(PersonReleased.TYPE, PersonReleased.class, TOPIC),
			new EventType(CaseSuspected.TYPE, CaseSuspected.class, TOPIC),
			new EventType(CaseConfirmed.TYPE, CaseConfirmed.class, TOPIC),
			new EventType(PersonTransferred.TYPE, PersonTransferred.class, TOPIC),
			new EventType(ContactTraced.TYPE, ContactTraced.class, TOPIC));

	private QuarantineEvents() {
	}

}
