package org.cordon.quarantine.release;

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
import org.cordon.quarantine.persons.ChangingFiles;
import org.cordon.quarantine.persons.FileOnRecord;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.release.domain.ReleaseRules;
import org.cordon.quarantine.temperatures.Temperatures;
import org.cordon.quarantine.watchlist.domain.Days;
import org.cordon.quarantine.web.Answers;
import org.cordon.quarantine.web.TransitionAnswer;

/**
 * {@code POST /api/persons/{personId}/release}: 409 with the reason when the rules keep
 * the person in isolation.
 */
@RestController
class ReleaseController {

	private final ChangingFiles files;

	private final Temperatures temperatures;

	private final Clock clock;

	ReleaseController(ChangingFiles files, Temperatures temperatures, Clock clock) {
		this.files = files;
		this.temperatures = temperatures;
		this.clock = clock;
	}

	@PostMapping("/api/persons/{personId}/release")
	Mono<TransitionAnswer> release(@PathVariable UUID personId, @RequestBody Mono<ReleaseRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(ReleaseRules.check(request.releasedOn(), LocalDate.now(this.clock)));
			return this.files.change(personId, (locked) -> decide(locked, request.releasedOn()), provenance);
		}).map(TransitionAnswer::of);
	}

	/**
	 * Reads the fevers that could refuse the release inside the file's transaction, so a
	 * reading posted meanwhile is either seen or filed after the release.
	 */
	private Mono<Decision> decide(FileOnRecord locked, LocalDate releasedOn) {
		var from = Days.startOf(ReleaseRules.feverWindowStartsOn(releasedOn), this.clock.getZone());
		return this.temperatures.since(locked.file().personId(), from)
			.collectList()
			.map((readings) -> ReleaseRules.release(locked.file(), releasedOn, readings, this.clock.getZone()));
	}

}
