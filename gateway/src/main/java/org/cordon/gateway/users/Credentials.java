package org.cordon.gateway.users;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.gateway.users.domain.Lockout;
import org.cordon.gateway.users.domain.LoginFailures;
import org.cordon.gateway.users.domain.UserRules;

/**
 * Checks a username and password typed into the login form, counts the failures and keeps
 * a locked username locked (the {@link Lockout}).
 * <p>
 * Every refusal costs one bcrypt comparison, whether the username exists, is disabled,
 * locked or mistyped, so neither the answer nor its timing tells a guesser which.
 */
@Service
public class Credentials {

	private final Users users;

	private final PasswordHashing hashing;

	private final Lockout lockout;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Credentials(Users users, PasswordHashing hashing, Lockout lockout, Clock clock, TransactionalOperator transaction) {
		this.users = users;
		this.hashing = hashing;
		this.lockout = lockout;
		this.clock = clock;
		this.transaction = transaction;
	}

	/**
	 * Checks one login attempt.
	 * @param typedUsername the username as typed
	 * @param password the password as typed
	 * @return accepted with the user's roles, or refused with a reason for the log
	 */
	public Mono<LoginOutcome> check(String typedUsername, String password) {
		Optional<String> username = UserRules.typedUsername(typedUsername);
		if (username.isEmpty()) {
			return this.hashing.matchesNothing(password).thenReturn(new LoginOutcome.Refused(null, "no such user"));
		}
		return this.users.lockForLogin(username.get())
			.flatMap((user) -> verify(user, password))
			.switchIfEmpty(Mono.defer(() -> this.hashing.matchesNothing(password)
				.thenReturn(new LoginOutcome.Refused(null, "no such user"))))
			.as(this.transaction::transactional);
	}

	private Mono<LoginOutcome> verify(LoginRecord user, String password) {
		Mono<Boolean> compared = UserRules.couldBePassword(password)
				? this.hashing.matches(password, user.passwordHash()) : this.hashing.matchesNothing(password);
		return compared.flatMap((right) -> {
			Instant now = this.clock.instant();
			if (user.disabled()) {
				return Mono.just(refused(user, "disabled"));
			}
			if (this.lockout.isLocked(user.failures(), now)) {
				return Mono.just(refused(user, "locked until " + user.failures().lockedUntil()));
			}
			if (right) {
				return this.users.recordSuccess(user.username(), now)
					.thenReturn(new LoginOutcome.Accepted(user.username(), user.roles()));
			}
			LoginFailures after = this.lockout.afterFailure(user.failures(), now);
			String reason = this.lockout.locks(user.failures(), after, now)
					? "wrong password, " + this.lockout.maxFailures() + " failures: locked until " + after.lockedUntil()
					: "wrong password";
			return this.users.recordFailures(user.username(), after).thenReturn(refused(user, reason));
		});
	}

	private static LoginOutcome refused(LoginRecord user, String reason) {
		return new LoginOutcome.Refused(user.username(), reason);
	}

}
