package org.cordon.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * RSA key pairs for the gateway's identity tokens and their PEM text, made the same way
 * for tests ({@link IdentityTokens}) and for the embedded default's launcher.
 */
public final class RsaKeys {

	private RsaKeys() {
	}

	public static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is part of every Java runtime", ex);
		}
	}

	public static String publicPem(KeyPair keys) {
		return pem("PUBLIC KEY", keys.getPublic().getEncoded());
	}

	/**
	 * @param keys the pair
	 * @return the private key as PKCS#8 PEM
	 */
	public static String privatePem(KeyPair keys) {
		return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
	}

	private static String pem(String kind, byte[] der) {
		return "-----BEGIN " + kind + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + kind + "-----\n";
	}

}
