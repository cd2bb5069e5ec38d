package org.cordon.gateway.users;

import java.util.List;

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
 * User management (admin; the access table refuses everyone else before this is reached).
 */
@RestController
class UserController {

	private final ManagingUsers managing;

	UserController(ManagingUsers managing) {
		this.managing = managing;
	}

	@PostMapping("/api/admin/users")
	Mono<ResponseEntity<UserListing>> create(@RequestBody(required = false) Mono<UserRequest> body,
			@AuthenticationPrincipal Identity admin) {
		return body.switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
			.flatMap((request) -> this.managing.create(request, admin))
			.map((created) -> ResponseEntity.status(HttpStatus.CREATED).body(created));
	}

	@GetMapping("/api/admin/users")
	Mono<List<UserListing>> list() {
		return this.managing.all().collectList();
	}

	@DeleteMapping("/api/admin/users/{username}")
	Mono<ResponseEntity<Void>> disable(@PathVariable String username, @AuthenticationPrincipal Identity admin) {
		return this.managing.disable(username, admin)
			.flatMap((found) -> found ? Mono.just(ResponseEntity.noContent().<Void>build())
					: Mono.error(ProblemException.notFound("No user " + username + ".")));
	}

}
