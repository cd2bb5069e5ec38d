package org.cordon.quarantine.temperatures;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.quarantine.TemperatureRecorded;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.quarantine.persons.ChangingFiles;
import org.cordon.quarantine.persons.Persons;
import org.cordon.quarantine.temperatures.domain.Reading;
import org.cordon.quarantine.temperatures.domain.TemperatureRules;

/**
 * Files a reading once per person and instant, with its announcement, in one transaction.
 * The instant is the reading's natural id: API.md gives a reading no id of the client's.
 */
@Service
class RecordingTemperatures {

	private final Persons persons;

	private final Temperatures temperatures;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	RecordingTemperatures(Persons persons, Temperatures temperatures, Outbox outbox,
			TransactionalOperator transactions) {
		this.persons = persons;
		this.temperatures = temperatures;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param personId the person
	 * @param reading a valid reading
	 * @param provenance who posts it
	 * @return true when filed now, false on a repeat; 404 for an unknown person, 409 for
	 * another temperature at the same instant
	 */
	Mono<Boolean> record(UUID personId, Reading reading, Provenance provenance) {
		Mono<Boolean> recording = this.persons.exists(personId)
			.flatMap((exists) -> exists ? this.temperatures.insert(personId, reading)
					: Mono.error(ChangingFiles.unknown(personId)))
			.flatMap((filed) -> filed ? announce(personId, reading, provenance) : repeatOrConflict(personId, reading));
		return this.transactions.transactional(recording);
	}

	private Mono<Boolean> announce(UUID personId, Reading reading, Provenance provenance) {
		return this.outbox
			.append(new TemperatureRecorded(personId, reading.at(), reading.celsius(), reading.fever()), provenance)
			.thenReturn(true);
	}

	private Mono<Boolean> repeatOrConflict(UUID personId, Reading reading) {
		return this.temperatures.at(personId, reading.at()).map((onFile) -> {
			if (!TemperatureRules.repeats(onFile, reading)) {
				throw ProblemException.conflict("A reading of " + onFile.celsius() + " °C taken at " + onFile.at()
						+ " is on file; a reading is not changed afterwards.");
			}
			return false;
		});
	}

}
