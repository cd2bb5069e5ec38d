package org.cordon.quarantine.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.quarantine.persons.domain.RegistrationRules;
import org.cordon.quarantine.web.Answers;

/**
 * {@code POST /api/persons} and {@code GET /api/persons/{personId}}, operators only: a
 * file holds personal data.
 */
@RestController
class PersonController {

	private final RegisteringPersons registering;

	private final PersonFiles files;

	private final Clock clock;

	PersonController(RegisteringPersons registering, PersonFiles files, Clock clock) {
		this.registering = registering;
		this.files = files;
		this.clock = clock;
	}

	@PostMapping("/api/persons")
	Mono<ResponseEntity<RegistrationAnswer>> register(@RequestBody Mono<RegisterPersonRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers.refuseIfAny(
					RegistrationRules.check(request.personId(), request.person(), request.region(), request.category(),
							request.exposureRegion(), request.lastExposureOn(), request.registeredOn(), today));
			return this.registering.register(request.toRegistration(today), provenance)
				.map((created) -> created.duplicate()
						? ResponseEntity.ok(new RegistrationAnswer(request.personId(), Answers.DUPLICATE))
						: ResponseEntity.status(HttpStatus.CREATED)
							.body(new RegistrationAnswer(request.personId(), Answers.CREATED)));
		});
	}

	@GetMapping("/api/persons/{personId}")
	Mono<PersonFileAnswer> file(@PathVariable UUID personId, Caller caller) {
		caller.require(Role.OPERATOR);
		return this.files.read(personId).switchIfEmpty(Mono.error(() -> ChangingFiles.unknown(personId)));
	}

}
