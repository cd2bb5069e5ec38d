package org.cordon.gateway.users;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.gateway.users.domain.NewUser;
import org.cordon.gateway.users.domain.UserRules;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * Creates, lists and disables users on an admin's behalf.
 */
@Service
class ManagingUsers {

	private static final Log logger = LogFactory.getLog(ManagingUsers.class);

	private final Users users;

	private final PasswordHashing hashing;

	private final UserSessions sessions;

	ManagingUsers(Users users, PasswordHashing hashing, UserSessions sessions) {
		this.users = users;
		this.hashing = hashing;
		this.sessions = sessions;
	}

	Mono<UserListing> create(UserRequest request, Identity admin) {
		List<Violation> violations = UserRules.check(request.username(), request.password(), request.roles());
		if (!violations.isEmpty()) {
			return Mono.error(ProblemException
				.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList()));
		}
		NewUser user = UserRules.toNewUser(request.username(), request.roles());
		return this.hashing.hash(request.password())
			.flatMap((hash) -> this.users.insert(user, hash, admin.actorId()))
			.flatMap((created) -> created ? this.users.find(user.username())
					: Mono.error(ProblemException.conflict("The username " + user.username()
							+ " is taken; a username stays with its user, also once disabled.")))
			.doOnNext((created) -> logger.info("User " + user.username() + " (" + String.join(",", created.roles())
					+ ")" + " created by " + admin.actorId()));
	}

	Flux<UserListing> all() {
		return this.users.all();
	}

	/**
	 * Disables a user and ends the user's sessions.
	 * @param username the user
	 * @param admin who disables the user
	 * @return whether the user exists
	 */
	Mono<Boolean> disable(String username, Identity admin) {
		if (!UserRules.isUsername(username)) {
			return Mono.just(false);
		}
		return this.users.disable(username, admin.actorId())
			.flatMap((found) -> found ? this.sessions.endAll(username).thenReturn(true) : Mono.just(false))
			.doOnNext((found) -> {
				if (found) {
					logger.info("User " + username + " disabled by " + admin.actorId());
				}
			});
	}

}
