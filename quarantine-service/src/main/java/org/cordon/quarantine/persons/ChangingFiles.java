package org.cordon.quarantine.persons;

import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.web.Answers;

/**
 * The one way a feature changes a file: in one transaction, lock the file, let a rule
 * decide, then store the change and append its announcement to the outbox. A repeat
 * stores and announces nothing; a refusal or an invalid request leaves the file as it
 * was.
 */
@Service
public class ChangingFiles {

	private final Persons persons;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	ChangingFiles(Persons persons, Outbox outbox, TransactionalOperator transactions) {
		this.persons = persons;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param personId the person
	 * @param decide the rule, given the locked file (it may read more inside the same
	 * transaction)
	 * @param provenance who asks
	 * @return what is on file afterwards; 404 for an unknown person, 409 for a refusal,
	 * 400 for an invalid request
	 */
	public Mono<Changed> change(UUID personId, Function<FileOnRecord, Mono<Decision>> decide, Provenance provenance) {
		Mono<Changed> changing = this.persons.lock(personId)
			.switchIfEmpty(Mono.error(() -> unknown(personId)))
			.flatMap((locked) -> decide.apply(locked).flatMap((decision) -> carryOut(locked, decision, provenance)));
		return this.transactions.transactional(changing);
	}

	private Mono<Changed> carryOut(FileOnRecord locked, Decision decision, Provenance provenance) {
		if (decision instanceof Decision.Apply apply) {
			return this.persons.save(locked.file(), apply.after())
				.then(this.outbox.append(apply.event(), provenance))
				.thenReturn(new Changed(apply.after(), false));
		}
		if (decision instanceof Decision.Repeat) {
			return Mono.just(new Changed(locked.file(), true));
		}
		if (decision instanceof Decision.Refuse refuse) {
			return Mono.error(ProblemException.conflict(refuse.reason()));
		}
		return Mono.error(Answers.invalid(((Decision.Invalid) decision).violations()));
	}

	/**
	 * @param personId an id no file has
	 * @return the 404 for it
	 */
	public static ProblemException unknown(UUID personId) {
		return ProblemException.notFound("No person " + personId + " is on file.");
	}

}
