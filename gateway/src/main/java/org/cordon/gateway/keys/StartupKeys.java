package org.cordon.gateway.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.cordon.gateway.keys.domain.ConfiguredKey;
import org.cordon.gateway.keys.domain.DevKeys;
import org.cordon.gateway.keys.domain.KeyRules;

/**
 * Puts the configured keys in force before the gateway opens its port, and only those:
 * the bootstrap admin key ({@code cordon.gateway.bootstrap-admin-key}) and, when
 * {@code cordon.gateway.dev-keys=true}, the five dev keys. A configured key whose
 * configuration is gone (dev keys switched off, bootstrap key unset) is revoked, so that
 * a database once used for a demo does not keep its well-known keys.
 */
@Component
class StartupKeys implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(StartupKeys.class);

	static final String BOOTSTRAP_PROPERTY = "cordon.gateway.bootstrap-admin-key";

	private final ApiKeys keys;

	private final String bootstrapAdminKey;

	private final boolean devKeys;

	StartupKeys(ApiKeys keys, @Value("${" + BOOTSTRAP_PROPERTY + ":}") String bootstrapAdminKey,
			@Value("${cordon.gateway.dev-keys:false}") boolean devKeys) {
		this.keys = keys;
		this.bootstrapAdminKey = bootstrapAdminKey.strip();
		this.devKeys = devKeys;
		if (!this.bootstrapAdminKey.isEmpty()) {
			KeyRules.checkConfiguredSecret(BOOTSTRAP_PROPERTY, this.bootstrapAdminKey).ifPresent((problem) -> {
				throw new IllegalStateException(problem);
			});
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply(this.bootstrapAdminKey, this.devKeys).block(Duration.ofSeconds(60));
	}

	/**
	 * Brings the configured keys in line with a configuration.
	 * @param bootstrap the bootstrap admin key, or empty for none
	 * @param dev whether the dev keys are on
	 * @return done when the database says so
	 */
	Mono<Void> apply(String bootstrap, boolean dev) {
		List<Mono<?>> steps = new ArrayList<>();
		if (bootstrap.isEmpty()) {
			steps.add(this.keys.revokeConfigured(ConfiguredKey.BOOTSTRAP_ORIGIN));
		}
		else {
			steps.add(this.keys.putConfigured(ConfiguredKey.bootstrapAdmin(bootstrap))
				.doOnNext((key) -> logger.info(
						"Bootstrap admin key in force as key:" + key.keyId() + " (from " + BOOTSTRAP_PROPERTY + ")")));
		}
		if (dev) {
			steps.add(Flux.fromIterable(DevKeys.ALL).concatMap(this.keys::putConfigured).then(Mono.fromRunnable(() -> {
				StringBuilder list = new StringBuilder(
						"Dev keys are on (cordon.gateway.dev-keys=true); never use them outside a local run:");
				DevKeys.ALL.forEach((key) -> list.append("\n  ")
					.append(key.secret())
					.append("  ")
					.append(String.join(",", ApiKeys.wireNames(key.roles())))
					.append(key.checkpoints().isEmpty() ? "" : " " + key.checkpoints()));
				logger.warn(list);
			})));
		}
		else {
			steps.add(this.keys.revokeConfigured(DevKeys.ORIGIN_PREFIX + "%").doOnNext((revoked) -> {
				if (revoked > 0) {
					logger.info("Revoked " + revoked + " dev keys: cordon.gateway.dev-keys is off");
				}
			}));
		}
		return Flux.concat(steps).then();
	}

}
