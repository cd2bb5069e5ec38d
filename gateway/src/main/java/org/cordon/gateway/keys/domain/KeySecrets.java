package org.cordon.gateway.keys.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secrets the gateway issues: 256 random bits, base64url, behind a recognisable
 * prefix so that secret scanners and people can tell a Cordon key when one leaks into a
 * log or a repository.
 */
public final class KeySecrets {

	public static final String PREFIX = "cordon_";

	/** 32 random bytes are 43 base64url characters without padding. */
	private static final Pattern ISSUED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

	private static final int RANDOM_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeySecrets() {
	}

	public static String generate() {
		byte[] secret = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(secret);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/**
	 * Whether a value has the shape of a key the gateway issued (configured keys, such as
	 * the bootstrap key, need not).
	 * @param value a presented key
	 * @return true for {@code cordon_} and 43 base64url characters
	 */
	public static boolean isIssuedFormat(String value) {
		return value != null && ISSUED.matcher(value).matches();
	}

}
