package org.cordon.devstack.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1) in the demo's own namespace: every record
 * of the demo has a name such as {@code person/wuyuan/017}, and its id is the same on
 * every run, so a second run sends the same ids with the same content and changes
 * nothing.
 */
public final class NameBasedIds {

	/** The demo's namespace; any fixed UUID would do, this one is the demo's. */
	public static final UUID NAMESPACE = UUID.fromString("5c0e2a1e-2020-4123-8204-b1a2bb0d2020");

	private NameBasedIds() {
	}

	/**
	 * @param name the record's name in the demo
	 * @return its id
	 */
	public static UUID of(String name) {
		return v5(NAMESPACE, name);
	}

	/**
	 * @param namespace the namespace
	 * @param name the name within it
	 * @return the version 5 UUID of the name in the namespace
	 */
	public static UUID v5(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is part of every Java runtime", ex);
		}
		sha1.update(ByteBuffer.allocate(16)
			.putLong(namespace.getMostSignificantBits())
			.putLong(namespace.getLeastSignificantBits())
			.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
		ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bytes.getLong(), bytes.getLong());
	}

}
