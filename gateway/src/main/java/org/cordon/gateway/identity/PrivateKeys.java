package org.cordon.gateway.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the gateway's signing key from its PEM text
 * ({@code cordon.identity.private-key}).
 */
final class PrivateKeys {

	private static final String PROPERTY = "cordon.identity.private-key";

	private PrivateKeys() {
	}

	/**
	 * The RSA key of a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). Newlines may
	 * also be written as {@code \n}, as they often are in an environment variable.
	 * @param pem the PEM text
	 * @return the key
	 */
	static RSAPrivateKey rsaFromPem(String pem) {
		if (pem == null || pem.isBlank()) {
			throw new IllegalStateException(PROPERTY + " is not set: the gateway needs its RSA private key"
					+ " (PKCS#8 PEM) to sign the identities services trust");
		}
		if (pem.contains("BEGIN RSA PRIVATE KEY")) {
			throw new IllegalStateException(PROPERTY + " is a PKCS#1 key; convert it to PKCS#8 with"
					+ " 'openssl pkcs8 -topk8 -nocrypt -in key.pem'");
		}
		String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
			.replace("-----END PRIVATE KEY-----", "")
			.replace("\\n", "")
			.replaceAll("\\s", "");
		try {
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException(PROPERTY + " is not an RSA private key in PKCS#8 PEM", ex);
		}
	}

}
