package org.cordon.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import org.cordon.testsupport.RsaKeys;

/**
 * The key pair the gateway signs identities with and the services verify them with: made
 * once per installation and kept under {@code .cordon/identity}, so a restart keeps
 * trusting the same gateway. Nothing is built in: a key that shipped with the code would
 * be known to everyone.
 *
 * @param privateKeyPem PKCS#8, for the gateway only
 * @param publicKeyPem X.509, for every service
 */
record IdentityKeys(String privateKeyPem, String publicKeyPem) {

	static IdentityKeys loadOrCreate(Path folder) {
		Path privateKey = folder.resolve("gateway-private.pem");
		Path publicKey = folder.resolve("gateway-public.pem");
		try {
			if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
				KeyPair pair = RsaKeys.generate();
				Files.writeString(publicKey, RsaKeys.publicPem(pair));
				Files.writeString(privateKey, RsaKeys.privatePem(pair));
			}
			return new IdentityKeys(Files.readString(privateKey), Files.readString(publicKey));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
