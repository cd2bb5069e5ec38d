package org.cordon.quarantine.web;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.quarantine.persons.Changed;
import org.cordon.quarantine.persons.domain.FileStatus;

/**
 * The answer (200) to a change of a file: {@code result} is {@code APPLIED} when it
 * happened now and was announced, {@code DUPLICATE} when it had already happened and
 * nothing changed; {@code status} is the file's status afterwards.
 */
public record TransitionAnswer(UUID personId, String result, FileStatus status, LocalDate observationEndsOn) {

	public static TransitionAnswer of(Changed changed) {
		return new TransitionAnswer(changed.file().personId(), changed.repeat() ? Answers.DUPLICATE : Answers.APPLIED,
				changed.file().status(), changed.file().observationEndsOn());
	}

}
