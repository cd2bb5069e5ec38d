package org.cordon.gateway.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.cordon.gateway.login.domain.SessionPolicy;
import org.cordon.gateway.login.domain.SessionSecrets;
import org.cordon.gateway.users.UserSessions;

/**
 * Finds the live session of a cookie, remembering it for as long as the gateway trusts a
 * looked-up key ({@code cordon.gateway.key-cache-ttl}, at most 5 s): a session ended on
 * another replica (logout, user disabled) is refused everywhere within that time, and at
 * once on the replica that ended it. Each lookup that reaches the database also records
 * that the session was used, which keeps it from timing out while the person works.
 */
@Component
class SessionLookup implements UserSessions {

	private static final int MOST_ENTRIES = 10_000;

	private final Sessions sessions;

	private final SessionPolicy policy;

	private final Clock clock;

	private final long ttlNanos;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	SessionLookup(Sessions sessions, SessionPolicy policy, Clock clock,
			@Value("${cordon.gateway.key-cache-ttl:2s}") Duration ttl) {
		this.sessions = sessions;
		this.policy = policy;
		this.clock = clock;
		this.ttlNanos = ttl.toNanos();
	}

	Mono<SessionUser> find(String secret) {
		if (!SessionSecrets.isPlausible(secret)) {
			return Mono.empty();
		}
		String hash = SessionSecrets.hash(secret);
		long nanos = System.nanoTime();
		Instant now = this.clock.instant();
		Remembered hit = this.remembered.get(hash);
		if (hit != null && nanos - hit.at() < this.ttlNanos && now.isBefore(hit.user().expiresAt())) {
			return Mono.just(hit.user());
		}
		return this.sessions.touch(hash, now, this.policy.idleCutoff(now))
			.doOnNext((user) -> remember(hash, user, nanos));
	}

	/**
	 * Starts a session.
	 * @param username the user who logged in
	 * @return the cookie's value, shown to no one but the browser
	 */
	Mono<String> start(String username) {
		Instant now = this.clock.instant();
		String secret = SessionSecrets.generate();
		return this.sessions.sweep(now, this.policy.idleCutoff(now))
			.then(this.sessions.create(SessionSecrets.hash(secret), username, now, this.policy.expiresAt(now)))
			.thenReturn(secret);
	}

	Mono<Void> end(String secret) {
		if (!SessionSecrets.isPlausible(secret)) {
			return Mono.empty();
		}
		String hash = SessionSecrets.hash(secret);
		this.remembered.remove(hash);
		return this.sessions.end(hash).then();
	}

	@Override
	public Mono<Void> endAll(String username) {
		return this.sessions.endAllOf(username)
			.then(Mono.fromRunnable(
					() -> this.remembered.values().removeIf((entry) -> entry.user().username().equals(username))));
	}

	private void remember(String hash, SessionUser user, long nanos) {
		if (this.ttlNanos == 0) {
			return;
		}
		if (this.remembered.size() >= MOST_ENTRIES) {
			this.remembered.values().removeIf((entry) -> nanos - entry.at() >= this.ttlNanos);
		}
		if (this.remembered.size() < MOST_ENTRIES) {
			this.remembered.put(hash, new Remembered(user, nanos));
		}
	}

	private record Remembered(SessionUser user, long at) {

	}

}
