package org.cordon.quarantine.contacts;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.quarantine.contacts.domain.ContactRules;
import org.cordon.quarantine.contacts.domain.Tracing;
import org.cordon.quarantine.persons.Persons;

/**
 * Traces a contact between two persons on file and announces it keyed by the contact, in
 * one transaction. A new pair is filed with an insert that waits for a concurrent insert
 * of the same pair; a pair on file is locked before it is decided on, so concurrent posts
 * of one pair are decided one after the other and announced once.
 */
@Service
class TracingContacts {

	private final Persons persons;

	private final Contacts contacts;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	TracingContacts(Persons persons, Contacts contacts, Outbox outbox, TransactionalOperator transactions) {
		this.persons = persons;
		this.contacts = contacts;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param source the person whose contact is traced
	 * @param contact the contact
	 * @param lastContactOn the day they last met
	 * @param provenance who traces
	 * @return what tracing did; 404 naming the person not on file, 409 for an earlier day
	 * than the one on file
	 */
	Mono<Tracing> trace(UUID source, UUID contact, LocalDate lastContactOn, Provenance provenance) {
		Mono<Tracing> tracing = onFile(source, "personId").then(onFile(contact, "contactPersonId"))
			.then(this.contacts.insert(source, contact, lastContactOn))
			.flatMap((filed) -> filed ? traced(source, contact, lastContactOn, provenance)
					: this.contacts.lock(source, contact)
						.map((onFile) -> ContactRules.trace(source, contact, onFile, lastContactOn))
						.flatMap((decided) -> carryOut(decided, source, contact, lastContactOn, provenance)));
		return this.transactions.transactional(tracing);
	}

	private Mono<Void> onFile(UUID personId, String field) {
		return this.persons.exists(personId)
			.flatMap((exists) -> exists ? Mono.<Void>empty()
					: Mono.error(ProblemException.notFound("No person " + personId + " is on file (" + field + ").")));
	}

	private Mono<Tracing> traced(UUID source, UUID contact, LocalDate lastContactOn, Provenance provenance) {
		Tracing traced = ContactRules.trace(source, contact, null, lastContactOn);
		return this.outbox.append(((Tracing.Traced) traced).event(), provenance).thenReturn(traced);
	}

	private Mono<Tracing> carryOut(Tracing decided, UUID source, UUID contact, LocalDate lastContactOn,
			Provenance provenance) {
		if (decided instanceof Tracing.Updated updated) {
			return this.contacts.update(source, contact, lastContactOn)
				.then(this.outbox.append(updated.event(), provenance))
				.thenReturn(decided);
		}
		if (decided instanceof Tracing.Refused refused) {
			return Mono.error(ProblemException.conflict(refused.reason()));
		}
		return Mono.just(decided);
	}

}
