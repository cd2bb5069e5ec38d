package org.cordon.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTokensTest {

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	private final AtomicInteger verified = new AtomicInteger();

	/** Verifies tokens named "valid-…" (expiring a minute from NOW), refuses the rest. */
	private final ReactiveJwtDecoder verifier = (token) -> {
		this.verified.incrementAndGet();
		if (!token.startsWith("valid-")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject(token)
			.issuedAt(NOW)
			.expiresAt(NOW.plusSeconds(60))
			.build());
	};

	private Instant validatorTime = NOW;

	private final OAuth2TokenValidator<Jwt> notExpired = (jwt) -> jwt.getExpiresAt().isAfter(this.validatorTime)
			? OAuth2TokenValidatorResult.success()
			: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null));

	private final RememberedTokens tokens = new RememberedTokens(this.verifier, this.notExpired,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void theSameTokenIsVerifiedOnceAndAnsweredFromMemoryAfterwards() {
		Jwt first = this.tokens.decode("valid-a").block();
		Jwt second = this.tokens.decode("valid-a").block();

		assertThat(second).isSameAs(first);
		assertThat(this.verified).hasValue(1);
	}

	@Test
	void aRememberedTokenThatExpiredIsVerifiedAgainAndForgotten() {
		this.tokens.decode("valid-a").block();
		this.validatorTime = NOW.plusSeconds(61);

		this.tokens.decode("valid-a").block();

		assertThat(this.verified).hasValue(2);
	}

	@Test
	void aRefusedTokenIsNotRemembered() {
		assertThatThrownBy(() -> this.tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

		assertThat(this.verified).hasValue(2);
		assertThat(this.tokens.size()).isZero();
	}

	@Test
	void beyondTheBoundTokensAreVerifiedEveryTimeRatherThanFillingTheMemory() {
		for (int i = 0; i < RememberedTokens.MOST_REMEMBERED + 10; i++) {
			this.tokens.decode("valid-" + i).block();
		}
		this.tokens.decode("valid-" + (RememberedTokens.MOST_REMEMBERED + 5)).block();

		assertThat(this.tokens.size()).isEqualTo(RememberedTokens.MOST_REMEMBERED);
		assertThat(this.verified).hasValue(RememberedTokens.MOST_REMEMBERED + 11);
	}

	@Test
	void expiredTokensMakeRoomForNewOnes() {
		RememberedTokens later = new RememberedTokens(this.verifier, (jwt) -> OAuth2TokenValidatorResult.success(),
				Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC));
		for (int i = 0; i < RememberedTokens.MOST_REMEMBERED + 1; i++) {
			later.decode("valid-" + i).block();
		}

		// all expired by the clock when the memory was full: dropped, the newest kept
		assertThat(later.size()).isEqualTo(1);
	}

}
