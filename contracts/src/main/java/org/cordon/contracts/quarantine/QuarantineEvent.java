package org.cordon.contracts.quarantine;

import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * An event of the quarantine context; every one is keyed by the person's opaque id and
 * carries nothing that names the person (no name, ID number, phone or address, ever).
 */
public sealed interface QuarantineEvent extends DomainEvent permits PersonRegistered, PersonIsolated,
		TemperatureRecorded, PersonReleased, CaseSuspected, CaseConfirmed, PersonTransferred, ContactTraced {

	UUID personId();

	@Override
	default String subject() {
		return personId().toString();
	}

}
