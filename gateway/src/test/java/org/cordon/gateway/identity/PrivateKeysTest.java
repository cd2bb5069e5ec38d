package org.cordon.gateway.identity;

import org.junit.jupiter.api.Test;

import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PrivateKeysTest {

	@Test
	void aPkcs8PemIsRead() {
		assertThat(PrivateKeys.rsaFromPem(IdentityTokens.privateKeyPem()).getAlgorithm()).isEqualTo("RSA");
	}

	@Test
	void newlinesWrittenAsBackslashNAreAcceptedAsInAnEnvironmentVariable() {
		String escaped = IdentityTokens.privateKeyPem().replace("\n", "\\n");

		assertThat(PrivateKeys.rsaFromPem(escaped).getModulus())
			.isEqualTo(PrivateKeys.rsaFromPem(IdentityTokens.privateKeyPem()).getModulus());
	}

	@Test
	void aMissingOrWrongKeyStopsTheGatewayWithAnExplanation() {
		assertThatIllegalStateException().isThrownBy(() -> PrivateKeys.rsaFromPem(""))
			.withMessageContaining("cordon.identity.private-key is not set");
		assertThatIllegalStateException().isThrownBy(
				() -> PrivateKeys.rsaFromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
			.withMessageContaining("openssl pkcs8");
		assertThatIllegalStateException().isThrownBy(() -> PrivateKeys.rsaFromPem(IdentityTokens.publicKeyPem()))
			.withMessageContaining("not an RSA private key");
	}

}
