package org.cordon.gateway.users;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.gateway.users.domain.DevUser;
import org.cordon.gateway.users.domain.LoginFailures;
import org.cordon.gateway.users.domain.NewUser;
import org.cordon.platform.rules.Role;

/**
 * The users in the gateway's database.
 */
@Repository
class Users {

	/** The {@code created_by} and {@code disabled_by} of what configuration does. */
	static final String CONFIGURATION = "configuration";

	private final DatabaseClient database;

	Users(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Creates a user unless the username is taken, by anyone, ever (disabled users keep
	 * their names).
	 * @param user the user
	 * @param passwordHash the bcrypt hash of the password
	 * @param createdBy the admin's actor id
	 * @return whether the user was created
	 */
	Mono<Boolean> insert(NewUser user, String passwordHash, String createdBy) {
		return this.database
			.sql("insert into users (username, password_hash, roles, created_by) values ($1, $2, $3, $4)"
					+ " on conflict (username) do nothing")
			.bind(0, user.username())
			.bind(1, passwordHash)
			.bind(2, wireNames(user.roles()).toArray(String[]::new))
			.bind(3, createdBy)
			.fetch()
			.rowsUpdated()
			.map((inserted) -> inserted > 0);
	}

	Flux<UserListing> all() {
		return this.database
			.sql("select username, roles, disabled_at, created_at, last_login_at from users order by username")
			.map(Users::listing)
			.all();
	}

	Mono<UserListing> find(String username) {
		return this.database
			.sql("select username, roles, disabled_at, created_at, last_login_at from users where username = $1")
			.bind(0, username)
			.map(Users::listing)
			.one();
	}

	/**
	 * Disables a user; disabling again changes nothing.
	 * @param username the user
	 * @param disabledBy the admin's actor id
	 * @return whether the user exists at all
	 */
	Mono<Boolean> disable(String username, String disabledBy) {
		return this.database
			.sql("update users set disabled_at = coalesce(disabled_at, now()),"
					+ " disabled_by = coalesce(disabled_by, $2) where username = $1")
			.bind(0, username)
			.bind(1, disabledBy)
			.fetch()
			.rowsUpdated()
			.map((updated) -> updated > 0);
	}

	/**
	 * Reads a user for a login and locks the row until the transaction ends, so that
	 * concurrent guesses for one username are checked and counted one at a time.
	 * @param username the user
	 * @return the user, or empty when there is none
	 */
	Mono<LoginRecord> lockForLogin(String username) {
		return this.database
			.sql("select username, password_hash, roles, disabled_at, failed_logins, first_failed_at, locked_until"
					+ " from users where username = $1 for update")
			.bind(0, username)
			.map((row) -> new LoginRecord(row.get("username", String.class), row.get("password_hash", String.class),
					roles(row), row.get("disabled_at", Instant.class) != null,
					new LoginFailures(row.get("failed_logins", Integer.class),
							row.get("first_failed_at", Instant.class), row.get("locked_until", Instant.class))))
			.one();
	}

	Mono<Void> recordFailures(String username, LoginFailures failures) {
		DatabaseClient.GenericExecuteSpec spec = this.database
			.sql("update users set failed_logins = $2, first_failed_at = $3, locked_until = $4 where username = $1")
			.bind(0, username)
			.bind(1, failures.count());
		spec = (failures.firstAt() != null) ? spec.bind(2, failures.firstAt()) : spec.bindNull(2, Instant.class);
		spec = (failures.lockedUntil() != null) ? spec.bind(3, failures.lockedUntil())
				: spec.bindNull(3, Instant.class);
		return spec.fetch().rowsUpdated().then();
	}

	Mono<Void> recordSuccess(String username, Instant at) {
		return this.database
			.sql("update users set last_login_at = $2, failed_logins = 0, first_failed_at = null, locked_until = null"
					+ " where username = $1")
			.bind(0, username)
			.bind(1, at)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Creates or resets a dev user: enabled, its password its name, no failures.
	 * @param user the dev user
	 * @param passwordHash the hash of its password
	 * @return done
	 */
	Mono<Void> putDev(DevUser user, String passwordHash) {
		return this.database
			.sql("insert into users (username, password_hash, roles, origin, created_by) values ($1, $2, $3, $4, $5)"
					+ " on conflict (username) do update set password_hash = excluded.password_hash,"
					+ " roles = excluded.roles, origin = excluded.origin, disabled_at = null, disabled_by = null,"
					+ " failed_logins = 0, first_failed_at = null, locked_until = null")
			.bind(0, user.username())
			.bind(1, passwordHash)
			.bind(2, wireNames(user.roles()).toArray(String[]::new))
			.bind(3, DevUser.ORIGIN)
			.bind(4, CONFIGURATION)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Disables the dev users, when the switch that made them is off.
	 * @return the usernames that were enabled
	 */
	Flux<String> disableDev() {
		return this.database
			.sql("update users set disabled_at = now(), disabled_by = $2 where origin = $1 and disabled_at is null"
					+ " returning username")
			.bind(0, DevUser.ORIGIN)
			.bind(1, CONFIGURATION)
			.map((row) -> row.get("username", String.class))
			.all();
	}

	private static UserListing listing(Readable row) {
		return new UserListing(row.get("username", String.class), wireNames(roles(row)),
				row.get("disabled_at", Instant.class) != null, row.get("created_at", Instant.class),
				row.get("last_login_at", Instant.class));
	}

	private static Set<Role> roles(Readable row) {
		return Arrays.stream(row.get("roles", String[].class))
			.map(Role::fromWireName)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
	}

	static List<String> wireNames(Set<Role> roles) {
		return roles.stream().sorted().map(Role::wireName).toList();
	}

}
