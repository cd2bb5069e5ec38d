package org.cordon.gateway.keys.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHashesTest {

	@Test
	void theHashIsTheSha256OfTheKeysUtf8InLowercaseHex() {
		// the FIPS 180-2 test vector
		assertThat(KeyHashes.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void theHashOfAKeyIsStableAndRevealsNothingOfIt() {
		String key = KeySecrets.generate();

		assertThat(KeyHashes.sha256(key)).isEqualTo(KeyHashes.sha256(key))
			.hasSize(64)
			.doesNotContain(key.substring("cordon_".length(), 20));
		assertThat(KeyHashes.sha256(key)).isNotEqualTo(KeyHashes.sha256(key + " "));
	}

}
