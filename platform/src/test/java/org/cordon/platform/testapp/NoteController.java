package org.cordon.platform.testapp;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.idempotency.ClientIds;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;

/**
 * Creates a note once per noteId and announces it (as a checkpoint registration, the
 * event type at hand); a text of "fail" fails after the writes, to show the rollback.
 */
@RestController
class NoteController {

	private final DatabaseClient database;

	private final ClientIds clientIds;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	NoteController(DatabaseClient database, ClientIds clientIds, Outbox outbox, TransactionalOperator transactions) {
		this.database = database;
		this.clientIds = clientIds;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	@PostMapping("/api/notes")
	Mono<ResponseEntity<Note>> create(@RequestBody Mono<Note> body, Caller caller, Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.flatMap((note) -> {
			if (note.noteId() == null) {
				throw ProblemException.invalid("noteId", "is required");
			}
			Mono<Note> insert = this.database.sql("insert into notes (note_id, text) values ($1, $2)")
				.bind(0, note.noteId())
				.bind(1, note.text())
				.fetch()
				.rowsUpdated()
				.then(this.outbox.append(
						new CheckpointRegistered(note.noteId(), note.text(), "test", CheckpointKind.COMPOUND),
						provenance))
				.then(Mono.fromCallable(() -> {
					if ("fail".equals(note.text())) {
						throw new IllegalStateException("failing after the writes, on purpose");
					}
					return note;
				}));
			return this.transactions
				.transactional(this.clientIds.createOnce("note", note.noteId(), note, Note.class, () -> insert))
				.map((created) -> created.duplicate() ? ResponseEntity.ok(created.result())
						: ResponseEntity.status(HttpStatus.CREATED).body(created.result()));
		});
	}

	record Note(UUID noteId, String text, Integer pages) {
	}

}
