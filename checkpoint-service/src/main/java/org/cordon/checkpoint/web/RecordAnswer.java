package org.cordon.checkpoint.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.cordon.platform.idempotency.Created;

/**
 * The answer to a single record (turnback, fever): 202 when accepted, 200 on a repeat.
 */
public record RecordAnswer(UUID recordId, String status) {

	public static ResponseEntity<RecordAnswer> of(UUID recordId, Created<?> created) {
		return created.duplicate() ? ResponseEntity.ok(new RecordAnswer(recordId, Answers.DUPLICATE))
				: ResponseEntity.status(HttpStatus.ACCEPTED).body(new RecordAnswer(recordId, Answers.ACCEPTED));
	}

}
