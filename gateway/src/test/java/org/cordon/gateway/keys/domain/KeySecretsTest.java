package org.cordon.gateway.keys.domain;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeySecretsTest {

	@Test
	void anIssuedKeyIsThePrefixAnd256RandomBitsInBase64Url() {
		String key = KeySecrets.generate();

		assertThat(key).startsWith("cordon_").hasSize("cordon_".length() + 43).matches("cordon_[A-Za-z0-9_-]+");
		assertThat(KeySecrets.isIssuedFormat(key)).isTrue();
	}

	@Test
	void noTwoKeysAreAlike() {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			keys.add(KeySecrets.generate());
		}

		assertThat(keys).hasSize(1000);
	}

	@Test
	void configuredKeysNeedNotHaveTheIssuedFormat() {
		assertThat(KeySecrets.isIssuedFormat("dev-admin-key")).isFalse();
		assertThat(KeySecrets.isIssuedFormat("cordon_tooShort")).isFalse();
		assertThat(KeySecrets.isIssuedFormat(null)).isFalse();
	}

}
