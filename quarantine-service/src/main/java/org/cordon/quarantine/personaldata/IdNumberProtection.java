package org.cordon.quarantine.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts ID numbers with AES-256-GCM under one key and hashes them with HMAC-SHA256
 * under another. A stored value is a random 12-byte nonce followed by the ciphertext and
 * its 16-byte tag; the person's id is the associated data, so a value copied to another
 * person's row does not decrypt. The hash is deterministic, so equal ID numbers have
 * equal hashes: that is how a second file for the same person is found.
 */
public final class IdNumberProtection {

	private static final String CIPHER = "AES/GCM/NoPadding";

	private static final String MAC = "HmacSHA256";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param encryptionKey 32 bytes for AES-256-GCM
	 * @param hashKey 32 other bytes for HMAC-SHA256
	 */
	public IdNumberProtection(byte[] encryptionKey, byte[] hashKey) {
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, MAC);
	}

	/**
	 * @param idNumber the normalised ID number
	 * @param personId whose it is (authenticated, not stored in the value)
	 * @return nonce, ciphertext and tag
	 */
	public byte[] encrypt(String idNumber, UUID personId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(CIPHER);
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(personId));
			byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/**
	 * @param stored what {@link #encrypt} returned for this person
	 * @param personId the person
	 * @return the ID number
	 * @throws IllegalStateException when the value was altered, belongs to another person
	 * or was encrypted under another key
	 */
	public String decrypt(byte[] stored, UUID personId) {
		try {
			Cipher cipher = Cipher.getInstance(CIPHER);
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey,
					new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(personId));
			byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// the message names the person only: never the value
			throw new IllegalStateException("The ID number of person " + personId
					+ " cannot be decrypted: altered, or encrypted under another key.", ex);
		}
	}

	/**
	 * @param idNumber the normalised ID number
	 * @return its keyed hash, equal for equal ID numbers
	 */
	public byte[] hash(String idNumber) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(this.hashKey);
			return mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	private static byte[] associatedData(UUID personId) {
		return personId.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
