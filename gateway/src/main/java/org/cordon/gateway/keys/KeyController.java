package org.cordon.gateway.keys;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.problem.ProblemException;

/**
 * Key management (admin; the access table refuses everyone else before this is reached).
 */
@RestController
class KeyController {

	private final IssuingKeys issuing;

	KeyController(IssuingKeys issuing) {
		this.issuing = issuing;
	}

	@PostMapping("/api/admin/keys")
	Mono<ResponseEntity<IssuedKey>> issue(@RequestBody(required = false) Mono<KeyRequest> body,
			@AuthenticationPrincipal Identity admin) {
		return body.switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
			.flatMap((request) -> this.issuing.issue(request, admin))
			.map((issued) -> ResponseEntity.status(HttpStatus.CREATED).body(issued));
	}

	@GetMapping("/api/admin/keys")
	Mono<List<KeyListing>> list() {
		return this.issuing.inForce().collectList();
	}

	@DeleteMapping("/api/admin/keys/{keyId}")
	Mono<ResponseEntity<Void>> revoke(@PathVariable UUID keyId, @AuthenticationPrincipal Identity admin) {
		return this.issuing.revoke(keyId, admin)
			.flatMap((found) -> found ? Mono.just(ResponseEntity.noContent().<Void>build())
					: Mono.error(ProblemException.notFound("No key " + keyId + ".")));
	}

}
