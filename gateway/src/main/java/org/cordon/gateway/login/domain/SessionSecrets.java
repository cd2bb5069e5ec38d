package org.cordon.gateway.login.domain;

import java.security.SecureRandom;
import java.util.Base64;

import org.cordon.gateway.keys.domain.KeyHashes;

/**
 * The value of a session cookie: 256 random bits in base64url, as unguessable as an API
 * key. The database holds only its SHA-256 (like a key's, ADR 0009), so a copy of the
 * sessions table lets no one act as the people logged in.
 */
public final class SessionSecrets {

	private static final int RANDOM_BYTES = 32;

	/** Longer than any session id: a huge cookie is refused before it is hashed. */
	private static final int LONGEST = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SessionSecrets() {
	}

	public static String generate() {
		byte[] secret = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String hash(String secret) {
		return KeyHashes.sha256(secret);
	}

	/**
	 * Whether a cookie value is worth looking up at all.
	 * @param value the cookie's value
	 * @return false for an empty or absurdly long value
	 */
	public static boolean isPlausible(String value) {
		return value != null && !value.isEmpty() && value.length() <= LONGEST;
	}

}
