package org.cordon.quarantine.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.quarantine.contacts.domain.ContactRules;
import org.cordon.quarantine.contacts.domain.Tracing;
import org.cordon.quarantine.web.Answers;

/**
 * {@code POST /api/persons/{personId}/contacts}: {@code contactPersonId} was in contact
 * with {@code personId}.
 */
@RestController
class ContactController {

	private final TracingContacts tracing;

	private final Clock clock;

	ContactController(TracingContacts tracing, Clock clock) {
		this.tracing = tracing;
		this.clock = clock;
	}

	@PostMapping("/api/persons/{personId}/contacts")
	Mono<ResponseEntity<ContactAnswer>> trace(@PathVariable UUID personId, @RequestBody Mono<ContactRequest> body,
			Caller caller, Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(ContactRules.check(personId, request.contactPersonId(), request.lastContactOn(),
					LocalDate.now(this.clock)));
			return this.tracing.trace(personId, request.contactPersonId(), request.lastContactOn(), provenance)
				.map((traced) -> answer(personId, request, traced));
		});
	}

	private static ResponseEntity<ContactAnswer> answer(UUID personId, ContactRequest request, Tracing traced) {
		if (traced instanceof Tracing.Traced) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new ContactAnswer(personId, request.contactPersonId(), request.lastContactOn(), Answers.CREATED));
		}
		String status = (traced instanceof Tracing.Updated) ? Answers.UPDATED : Answers.DUPLICATE;
		return ResponseEntity
			.ok(new ContactAnswer(personId, request.contactPersonId(), request.lastContactOn(), status));
	}

}
