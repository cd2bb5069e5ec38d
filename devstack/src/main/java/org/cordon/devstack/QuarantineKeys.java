package org.cordon.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The two keys quarantine-service protects ID numbers with in the embedded default: one
 * encrypts them at rest, one makes the keyed hash duplicates are found by. Made at random
 * once per installation and kept under {@code .cordon/identity}; losing them makes the
 * stored ID numbers unreadable, which for a development stack is acceptable. Nothing is
 * built in.
 *
 * @param encryptionKey base64 of 32 random bytes, for AES-GCM
 * @param hashKey base64 of 32 random bytes, for HMAC-SHA256
 */
record QuarantineKeys(String encryptionKey, String hashKey) {

	static QuarantineKeys loadOrCreate(Path folder) {
		return new QuarantineKeys(key(folder.resolve("quarantine-id-number.key")),
				key(folder.resolve("quarantine-id-number-hash.key")));
	}

	Map<String, Object> properties() {
		return Map.of("cordon.quarantine.id-number-key", this.encryptionKey, "cordon.quarantine.id-number-hash-key",
				this.hashKey);
	}

	private static String key(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.writeString(file, Base64.getEncoder().encodeToString(key));
			}
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
