package org.cordon.gateway.access;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.rules.Role;

/**
 * {@code GET /api/me}: who the gateway takes the caller for, so that a page can greet the
 * person and offer only what their roles allow.
 */
@RestController
class CallerController {

	@GetMapping("/api/me")
	CallerView me(@AuthenticationPrincipal Identity caller) {
		return new CallerView(caller.actorId(), caller.name(),
				caller.roles().stream().sorted().map(Role::wireName).toList(),
				caller.checkpoints().stream().sorted().toList());
	}

	/**
	 * The caller as the services see it.
	 *
	 * @param actor {@code user:<username>} or {@code key:<keyId>}
	 * @param name the username or the key's name
	 * @param roles the caller's roles
	 * @param checkpoints a checkpoint key's scope; empty for people
	 */
	record CallerView(String actor, String name, List<String> roles, List<String> checkpoints) {

	}

}
