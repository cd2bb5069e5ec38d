package org.cordon.quarantine.personaldata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the ID number protection from its two keys, and refuses to start without them:
 * there is no built-in key, so a forgotten configuration can never encrypt real data
 * under a key that is public in the source.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

	/** The AES-256-GCM key, base64 of 32 bytes. */
	public static final String ENCRYPTION_KEY = "cordon.quarantine.id-number-key";

	/** The HMAC-SHA256 key, base64 of 32 other bytes. */
	public static final String HASH_KEY = "cordon.quarantine.id-number-hash-key";

	@Bean
	IdNumberProtection idNumberProtection(@Value("${" + ENCRYPTION_KEY + ":}") String encryptionKey,
			@Value("${" + HASH_KEY + ":}") String hashKey) {
		byte[] encryption = Keys.read(ENCRYPTION_KEY, encryptionKey);
		byte[] hashing = Keys.read(HASH_KEY, hashKey);
		Keys.requireDistinct(encryption, hashing, HASH_KEY);
		return new IdNumberProtection(encryption, hashing);
	}

}
