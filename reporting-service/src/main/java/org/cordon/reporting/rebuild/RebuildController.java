package org.cordon.reporting.rebuild;

import java.net.URI;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;

/**
 * {@code POST /api/admin/views/rebuild} (admin, no body) → 202 {@code {rebuildId}};
 * {@code GET /api/admin/views/rebuild/{rebuildId}} (admin) → {@code {state,
 * eventsApplied, eventsTotal}}.
 */
@RestController
class RebuildController {

	private final Rebuilds rebuilds;

	RebuildController(Rebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@PostMapping("/api/admin/views/rebuild")
	Mono<ResponseEntity<RebuildStarted>> rebuild(Caller caller) {
		caller.require(Role.ADMIN);
		return this.rebuilds.rebuild()
			.map((rebuildId) -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create("/api/admin/views/rebuild/" + rebuildId))
				.body(new RebuildStarted(rebuildId)));
	}

	@GetMapping("/api/admin/views/rebuild/{rebuildId}")
	Mono<RebuildStatus> status(@PathVariable UUID rebuildId, Caller caller) {
		caller.require(Role.ADMIN);
		return this.rebuilds.status(rebuildId);
	}

}
