package org.cordon.gateway.login.domain;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionSecretsTest {

	@Test
	void aSessionIdIsTwoHundredFiftySixRandomBitsInBase64Url() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String secret = SessionSecrets.generate();
			assertThat(secret).matches("[A-Za-z0-9_-]{43}");
			assertThat(seen.add(secret)).isTrue();
		}
	}

	@Test
	void onlyItsHashIsStoredAndTheHashDoesNotContainIt() {
		String secret = SessionSecrets.generate();

		assertThat(SessionSecrets.hash(secret)).hasSize(64)
			.isEqualTo(SessionSecrets.hash(secret))
			.doesNotContain(secret);
	}

	@Test
	void anEmptyOrAbsurdCookieIsNotLookedUp() {
		assertThat(SessionSecrets.isPlausible(SessionSecrets.generate())).isTrue();
		assertThat(SessionSecrets.isPlausible("")).isFalse();
		assertThat(SessionSecrets.isPlausible(null)).isFalse();
		assertThat(SessionSecrets.isPlausible("x".repeat(65))).isFalse();
	}

}
