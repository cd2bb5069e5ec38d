package org.cordon.gateway.keys;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.cordon.gateway.keys.domain.ApiKey;
import org.cordon.gateway.keys.domain.KeyHashes;

/**
 * Finds the key in force for a presented secret, remembering what it found for a moment.
 * <p>
 * The moment is at most 5 seconds: a key revoked on another replica must be refused
 * everywhere within 5 seconds, and this cache is the only thing that could keep it alive.
 * Unknown secrets are not remembered, so a guesser cannot fill the memory.
 */
@Component
class KeyLookup {

	static final Duration LONGEST_TTL = Duration.ofSeconds(5);

	private static final int MOST_ENTRIES = 10_000;

	private final ApiKeys keys;

	private final long ttlNanos;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	KeyLookup(ApiKeys keys, @Value("${cordon.gateway.key-cache-ttl:2s}") Duration ttl) {
		if (ttl.isNegative() || ttl.compareTo(LONGEST_TTL) > 0) {
			throw new IllegalArgumentException(
					"cordon.gateway.key-cache-ttl must be between 0 and 5s: a revoked key must be refused within 5 seconds");
		}
		this.keys = keys;
		this.ttlNanos = ttl.toNanos();
	}

	Mono<ApiKey> find(String secret) {
		String hash = KeyHashes.sha256(secret);
		long now = System.nanoTime();
		Remembered hit = this.remembered.get(hash);
		if (hit != null && now - hit.at() < this.ttlNanos) {
			return Mono.just(hit.key());
		}
		return this.keys.findInForce(hash).doOnNext((key) -> remember(hash, key, now));
	}

	/**
	 * Forgets a key at once on this replica, e.g. when it is revoked here.
	 * @param keyId the key
	 */
	void forget(UUID keyId) {
		this.remembered.values().removeIf((entry) -> entry.key().keyId().equals(keyId));
	}

	private void remember(String hash, ApiKey key, long now) {
		if (this.ttlNanos == 0) {
			return;
		}
		if (this.remembered.size() >= MOST_ENTRIES) {
			this.remembered.values().removeIf((entry) -> now - entry.at() >= this.ttlNanos);
		}
		if (this.remembered.size() < MOST_ENTRIES) {
			this.remembered.put(hash, new Remembered(key, now));
		}
	}

	private record Remembered(ApiKey key, long at) {

	}

}
