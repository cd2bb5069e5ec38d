package org.cordon.gateway.login;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.platform.rules.Role;

/**
 * The sessions in the gateway's database, found by the hash of the cookie's value.
 */
@Repository
class Sessions {

	private final DatabaseClient database;

	Sessions(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> create(String sessionHash, String username, Instant now, Instant expiresAt) {
		return this.database
			.sql("insert into user_sessions (session_hash, username, created_at, last_seen_at, expires_at)"
					+ " values ($1, $2, $3, $3, $4)")
			.bind(0, sessionHash)
			.bind(1, username)
			.bind(2, now)
			.bind(3, expiresAt)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Finds a live session of an enabled user and records that it was used now.
	 * @param sessionHash the hash of the cookie's value
	 * @param now the time of the request
	 * @param idleCutoff sessions not used since are over
	 * @return the user, or empty when the session is unknown, over, or its user disabled
	 */
	Mono<SessionUser> touch(String sessionHash, Instant now, Instant idleCutoff) {
		return this.database
			.sql("update user_sessions s set last_seen_at = $2 from users u"
					+ " where s.session_hash = $1 and u.username = s.username and u.disabled_at is null"
					+ " and s.expires_at > $2 and s.last_seen_at > $3 returning u.username, u.roles, s.expires_at")
			.bind(0, sessionHash)
			.bind(1, now)
			.bind(2, idleCutoff)
			.map((row) -> new SessionUser(row.get("username", String.class),
					Arrays.stream(row.get("roles", String[].class))
						.map(Role::fromWireName)
						.flatMap(Optional::stream)
						.collect(Collectors.toSet()),
					row.get("expires_at", Instant.class)))
			.one();
	}

	Mono<Long> end(String sessionHash) {
		return this.database.sql("delete from user_sessions where session_hash = $1")
			.bind(0, sessionHash)
			.fetch()
			.rowsUpdated();
	}

	Mono<Long> endAllOf(String username) {
		return this.database.sql("delete from user_sessions where username = $1")
			.bind(0, username)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Removes the sessions that are over; they would be refused anyway, this only keeps
	 * the table small.
	 * @param now the time
	 * @param idleCutoff sessions not used since are over
	 * @return how many were removed
	 */
	Mono<Long> sweep(Instant now, Instant idleCutoff) {
		return this.database.sql("delete from user_sessions where expires_at <= $1 or last_seen_at <= $2")
			.bind(0, now)
			.bind(1, idleCutoff)
			.fetch()
			.rowsUpdated();
	}

}
