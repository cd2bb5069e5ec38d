package org.cordon.gateway.users;

import java.time.Duration;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.cordon.gateway.users.domain.DevUser;

/**
 * Puts the dev users in force before the gateway opens its port when
 * {@code cordon.gateway.dev-users=true} (the embedded default), each reset to its
 * well-known password; otherwise disables them and ends their sessions, so that a
 * database once used for a demo does not keep users whose passwords everyone knows.
 */
@Component
class StartupUsers implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(StartupUsers.class);

	private final Users users;

	private final PasswordHashing hashing;

	private final UserSessions sessions;

	private final boolean devUsers;

	StartupUsers(Users users, PasswordHashing hashing, UserSessions sessions,
			@Value("${cordon.gateway.dev-users:false}") boolean devUsers) {
		this.users = users;
		this.hashing = hashing;
		this.sessions = sessions;
		this.devUsers = devUsers;
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply(this.devUsers).block(Duration.ofSeconds(60));
	}

	/**
	 * Brings the dev users in line with the switch.
	 * @param on whether the dev users are on
	 * @return done when the database says so
	 */
	Mono<Void> apply(boolean on) {
		if (on) {
			return Flux.fromIterable(DevUser.ALL)
				.concatMap(
						(user) -> this.hashing.hash(user.password()).flatMap((hash) -> this.users.putDev(user, hash)))
				.then(Mono.fromRunnable(() -> logger
					.warn("Dev users are on (cordon.gateway.dev-users=true), the password is the name; never use them"
							+ " outside a local run: "
							+ DevUser.ALL.stream().map(DevUser::username).collect(Collectors.joining(", ")))));
		}
		return this.users.disableDev()
			.concatMap((username) -> this.sessions.endAll(username).thenReturn(username))
			.collectList()
			.doOnNext((disabled) -> {
				if (!disabled.isEmpty()) {
					logger.info("Disabled the dev users " + disabled + ": cordon.gateway.dev-users is off");
				}
			})
			.then();
	}

}
