package org.cordon.gateway.login;

import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.gateway.login.domain.AddressThrottle;
import org.cordon.gateway.users.Credentials;
import org.cordon.gateway.users.LoginOutcome;

/**
 * A login attempt from the form: slowed down for an address that keeps failing, checked
 * against the user's password and lockout, and on success a new session. Every attempt is
 * logged at INFO with its outcome, never with the password or the session's id.
 */
@Service
class LoggingIn {

	private static final Log logger = LogFactory.getLog(LoggingIn.class);

	private final Credentials credentials;

	private final SessionLookup sessions;

	private final AddressThrottle throttle;

	LoggingIn(Credentials credentials, SessionLookup sessions, AddressThrottle throttle) {
		this.credentials = credentials;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	/**
	 * Checks a login and starts a session for it.
	 * @param username the username as typed
	 * @param password the password as typed
	 * @param address the client's address
	 * @return the new session's cookie value, or empty when the login failed
	 */
	Mono<Optional<String>> attempt(String username, String password, String address) {
		Duration wait = this.throttle.waitFor(address);
		Mono<Long> slowedDown = wait.isZero() ? Mono.just(0L) : Mono.delay(wait);
		return slowedDown.then(this.credentials.check(username, password)).flatMap((outcome) -> {
			if (outcome instanceof LoginOutcome.Accepted accepted) {
				return this.sessions.start(accepted.username()).map((secret) -> {
					logger.info("Login of user " + accepted.username() + " from " + address + " succeeded");
					return Optional.of(secret);
				});
			}
			LoginOutcome.Refused refused = (LoginOutcome.Refused) outcome;
			this.throttle.failed(address);
			logger.info("Login from " + address + " failed for "
					+ ((refused.username() != null) ? "user " + refused.username() : "an unknown username") + ": "
					+ refused.reason());
			return Mono.just(Optional.<String>empty());
		});
	}

	Mono<Void> logout(Optional<String> secret) {
		return secret.map(this.sessions::end).orElse(Mono.empty());
	}

}
