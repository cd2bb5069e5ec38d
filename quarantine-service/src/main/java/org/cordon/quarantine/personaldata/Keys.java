package org.cordon.quarantine.personaldata;

import java.util.Arrays;
import java.util.Base64;

/**
 * Reads a key from its configuration value: the base64 of exactly 32 random bytes.
 */
final class Keys {

	static final int KEY_BYTES = 32;

	private Keys() {
	}

	/**
	 * @param property the property's name, for the message
	 * @param value its value, may be null
	 * @return the key's bytes
	 * @throws KeyProblem when missing, not base64 or not 32 bytes long
	 */
	static byte[] read(String property, String value) {
		if (value == null || value.isBlank()) {
			throw new KeyProblem(property, "is not set");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new KeyProblem(property, "is not base64");
		}
		if (key.length != KEY_BYTES) {
			throw new KeyProblem(property, "must decode to " + KEY_BYTES + " bytes, not " + key.length);
		}
		return key;
	}

	/**
	 * Refuses one key for both purposes: a leak of one would then expose both.
	 * @param encryption the encryption key
	 * @param hashing the hashing key
	 * @param hashProperty the hashing key's property, for the message
	 */
	static void requireDistinct(byte[] encryption, byte[] hashing, String hashProperty) {
		if (Arrays.equals(encryption, hashing)) {
			throw new KeyProblem(hashProperty, "must differ from the encryption key");
		}
	}

}
