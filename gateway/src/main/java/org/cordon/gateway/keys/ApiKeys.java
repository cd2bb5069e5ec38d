package org.cordon.gateway.keys;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.gateway.keys.domain.ApiKey;
import org.cordon.gateway.keys.domain.ConfiguredKey;
import org.cordon.gateway.keys.domain.KeyHashes;
import org.cordon.platform.rules.Role;

/**
 * The keys in the gateway's database, found by the hash of their secret.
 */
@Repository
class ApiKeys {

	/** The {@code created_by} and {@code revoked_by} of what configuration does. */
	static final String CONFIGURATION = "configuration";

	private final DatabaseClient database;

	ApiKeys(DatabaseClient database) {
		this.database = database;
	}

	Mono<ApiKey> findInForce(String keyHash) {
		return this.database
			.sql("select key_id, name, roles, checkpoints from api_keys where key_hash = $1 and revoked_at is null")
			.bind(0, keyHash)
			.map(ApiKeys::apiKey)
			.one();
	}

	Flux<KeyListing> inForce() {
		return this.database
			.sql("select key_id, name, roles, checkpoints, created_at, created_by from api_keys"
					+ " where revoked_at is null order by created_at, key_id")
			.map((row) -> new KeyListing(row.get("key_id", UUID.class), row.get("name", String.class),
					wireNames(roles(row)), sorted(checkpoints(row)), row.get("created_at", Instant.class),
					row.get("created_by", String.class)))
			.all();
	}

	Mono<Void> insert(ApiKey key, String keyHash, String createdBy) {
		return this.database
			.sql("insert into api_keys (key_id, name, key_hash, roles, checkpoints, created_by)"
					+ " values ($1, $2, $3, $4, $5, $6)")
			.bind(0, key.keyId())
			.bind(1, key.name())
			.bind(2, keyHash)
			.bind(3, wireNames(key.roles()).toArray(String[]::new))
			.bind(4, key.checkpoints().toArray(String[]::new))
			.bind(5, createdBy)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Puts a configured key in force under its origin. A new secret for the same origin
	 * is a new key (new id, so an auditor can tell which secret acted); the same secret
	 * keeps its id.
	 * @param key the configured key
	 * @return the key as stored
	 */
	Mono<ApiKey> putConfigured(ConfiguredKey key) {
		return this.database.sql("insert into api_keys (key_id, name, key_hash, roles, checkpoints, origin, created_by)"
				+ " values ($1, $2, $3, $4, $5, $6, $7) on conflict (origin) do update set"
				+ " key_id = case when api_keys.key_hash = excluded.key_hash then api_keys.key_id else excluded.key_id end,"
				+ " created_at = case when api_keys.key_hash = excluded.key_hash then api_keys.created_at else now() end,"
				+ " name = excluded.name, key_hash = excluded.key_hash, roles = excluded.roles,"
				+ " checkpoints = excluded.checkpoints, revoked_at = null, revoked_by = null"
				+ " returning key_id, name, roles, checkpoints")
			.bind(0, UUID.randomUUID())
			.bind(1, key.name())
			.bind(2, KeyHashes.sha256(key.secret()))
			.bind(3, wireNames(key.roles()).toArray(String[]::new))
			.bind(4, key.checkpoints().toArray(String[]::new))
			.bind(5, key.origin())
			.bind(6, CONFIGURATION)
			.map(ApiKeys::apiKey)
			.one();
	}

	/**
	 * Revokes the configured keys of an origin that is no longer configured.
	 * @param originPattern a {@code like} pattern, e.g. {@code dev:%}
	 * @return how many were in force
	 */
	Mono<Long> revokeConfigured(String originPattern) {
		return this.database
			.sql("update api_keys set revoked_at = now(), revoked_by = $2"
					+ " where origin like $1 and revoked_at is null")
			.bind(0, originPattern)
			.bind(1, CONFIGURATION)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Revokes a key; revoking it again changes nothing.
	 * @param keyId the key
	 * @param revokedBy the admin's actor id
	 * @return whether the key exists at all
	 */
	Mono<Boolean> revoke(UUID keyId, String revokedBy) {
		return this.database
			.sql("update api_keys set revoked_at = coalesce(revoked_at, now()),"
					+ " revoked_by = coalesce(revoked_by, $2) where key_id = $1")
			.bind(0, keyId)
			.bind(1, revokedBy)
			.fetch()
			.rowsUpdated()
			.map((updated) -> updated > 0);
	}

	private static ApiKey apiKey(Readable row) {
		return new ApiKey(row.get("key_id", UUID.class), row.get("name", String.class), roles(row),
				Set.copyOf(checkpoints(row)));
	}

	private static Set<Role> roles(Readable row) {
		return Arrays.stream(row.get("roles", String[].class))
			.map(Role::fromWireName)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
	}

	private static List<String> checkpoints(Readable row) {
		return Arrays.asList(row.get("checkpoints", String[].class));
	}

	static List<String> wireNames(Set<Role> roles) {
		return roles.stream().sorted().map(Role::wireName).toList();
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted(Comparator.naturalOrder()).toList();
	}

}
