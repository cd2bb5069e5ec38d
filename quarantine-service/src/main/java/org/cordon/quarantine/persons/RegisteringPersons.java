package org.cordon.quarantine.persons;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.idempotency.Created;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.quarantine.personaldata.IdNumberProtection;
import org.cordon.quarantine.persons.domain.ObservationPeriod;
import org.cordon.quarantine.persons.domain.PersonFile;

/**
 * Opens a person's file once per personId and once per ID number ("一人一档"), and announces
 * it without anything that names the person.
 */
@Service
class RegisteringPersons {

	private final Persons persons;

	private final IdNumberProtection protection;

	private final ObservationPeriod period;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RegisteringPersons(Persons persons, IdNumberProtection protection, ObservationPeriod period, ClientIds clientIds,
			Outbox outbox, TransactionalOperator transactions) {
		this.persons = persons;
		this.protection = protection;
		this.period = period;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param registration a valid, normalised registration
	 * @param provenance who registers
	 * @return the announcement, flagged as duplicate on a repeat; 409 when the personId
	 * was used for another registration or the ID number is on file for another person
	 */
	Mono<Created<PersonRegistered>> register(Registration registration, Provenance provenance) {
		String idNumber = registration.person().idNumber();
		byte[] hash = this.protection.hash(idNumber);
		PersonFile file = PersonFile.opened(registration.personId(), registration.lastExposureOn(), this.period);
		PersonRegistered event = registration.event();
		Mono<Created<PersonRegistered>> registering = this.clientIds.createOnce("person", registration.personId(),
				registration.content(HexFormat.of().formatHex(hash)), PersonRegistered.class,
				() -> this.persons
					.insert(registration, this.protection.encrypt(idNumber, registration.personId()), hash, file)
					.flatMap((opened) -> opened ? this.outbox.append(event, provenance).thenReturn(event)
							: this.persons.holderOf(hash).flatMap(RegisteringPersons::fileExists)));
		return this.transactions.transactional(registering);
	}

	private static Mono<PersonRegistered> fileExists(UUID holder) {
		return Mono.error(ProblemException.conflict(
				"A file for this ID number exists already (personId " + holder + "): one person, one file.",
				Map.of("existingPersonId", holder.toString())));
	}

}
