package org.cordon.gateway.keys.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The only form in which a key is stored: its SHA-256, in hex. A key is found by this
 * hash on every request (see ADR 0009 for why an unsalted fast hash is right for random
 * keys and wrong for passwords).
 */
public final class KeyHashes {

	private KeyHashes() {
	}

	public static String sha256(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
