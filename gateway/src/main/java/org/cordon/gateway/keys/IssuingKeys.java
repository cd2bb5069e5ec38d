package org.cordon.gateway.keys;

import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.gateway.keys.domain.ApiKey;
import org.cordon.gateway.keys.domain.KeyHashes;
import org.cordon.gateway.keys.domain.KeyRules;
import org.cordon.gateway.keys.domain.KeySecrets;
import org.cordon.gateway.keys.domain.NewKey;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Violation;

/**
 * Issues, lists and revokes API keys on an admin's behalf.
 */
@Service
class IssuingKeys {

	private static final Log logger = LogFactory.getLog(IssuingKeys.class);

	private final ApiKeys keys;

	private final KeyLookup lookup;

	IssuingKeys(ApiKeys keys, KeyLookup lookup) {
		this.keys = keys;
		this.lookup = lookup;
	}

	Mono<IssuedKey> issue(KeyRequest request, Identity admin) {
		List<Violation> violations = KeyRules.check(request.name(), request.roles(), request.checkpoints());
		if (!violations.isEmpty()) {
			return Mono.error(ProblemException
				.invalid(violations.stream().map((v) -> new FieldProblem(v.field(), v.message())).toList()));
		}
		NewKey asked = KeyRules.toNewKey(request.name(), request.roles(), request.checkpoints());
		ApiKey key = new ApiKey(UUID.randomUUID(), asked.name(), asked.roles(), asked.checkpoints());
		String secret = KeySecrets.generate();
		return this.keys.insert(key, KeyHashes.sha256(secret), admin.actorId()).then(Mono.fromSupplier(() -> {
			logger.info("API key " + key.keyId() + " (" + key.name() + ") issued by " + admin.actorId());
			return new IssuedKey(key.keyId(), secret, key.name(), ApiKeys.wireNames(key.roles()),
					key.checkpoints().stream().sorted().toList());
		}));
	}

	Flux<KeyListing> inForce() {
		return this.keys.inForce();
	}

	/**
	 * Revokes a key: refused here at once, on other replicas once their lookup cache
	 * expires (at most 5 seconds).
	 * @param keyId the key
	 * @param admin who revokes it
	 * @return whether the key exists
	 */
	Mono<Boolean> revoke(UUID keyId, Identity admin) {
		return this.keys.revoke(keyId, admin.actorId()).doOnNext((found) -> {
			this.lookup.forget(keyId);
			if (found) {
				logger.info("API key " + keyId + " revoked by " + admin.actorId());
			}
		});
	}

}
