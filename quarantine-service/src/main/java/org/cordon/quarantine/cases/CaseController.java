package org.cordon.quarantine.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.quarantine.cases.domain.CaseRules;
import org.cordon.quarantine.persons.ChangingFiles;
import org.cordon.quarantine.web.Answers;
import org.cordon.quarantine.web.TransitionAnswer;

/**
 * {@code POST /api/persons/{personId}/suspect}, {@code /confirm} and {@code /transfer}.
 */
@RestController
class CaseController {

	private final ChangingFiles files;

	private final Clock clock;

	CaseController(ChangingFiles files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	@PostMapping("/api/persons/{personId}/suspect")
	Mono<TransitionAnswer> suspect(@PathVariable UUID personId, @RequestBody Mono<DayRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(CaseRules.checkDay(request.on(), LocalDate.now(this.clock)));
			return this.files.change(personId, (locked) -> Mono.just(CaseRules.suspect(locked.file(), request.on())),
					provenance);
		}).map(TransitionAnswer::of);
	}

	@PostMapping("/api/persons/{personId}/confirm")
	Mono<TransitionAnswer> confirm(@PathVariable UUID personId, @RequestBody Mono<DayRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(CaseRules.checkDay(request.on(), LocalDate.now(this.clock)));
			return this.files.change(personId, (locked) -> Mono.just(CaseRules.confirm(locked.file(), request.on())),
					provenance);
		}).map(TransitionAnswer::of);
	}

	@PostMapping("/api/persons/{personId}/transfer")
	Mono<TransitionAnswer> transfer(@PathVariable UUID personId, @RequestBody Mono<TransferRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(CaseRules.checkTransfer(request.facility(), request.on(), LocalDate.now(this.clock)));
			return this.files.change(personId, (locked) -> Mono
				.just(CaseRules.transfer(locked.file(), locked.person(), request.facility().strip(), request.on())),
					provenance);
		}).map(TransitionAnswer::of);
	}

}
