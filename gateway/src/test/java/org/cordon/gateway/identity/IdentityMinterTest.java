package org.cordon.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import org.cordon.gateway.SignedIdentities;
import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityMinterTest {

	private static final Identity GATE = new Identity("key:4f6c", "Linhe east gate", Set.of(Role.CHECKPOINT),
			Set.of("9a3b5f0e-3c1d-4c6b-9a53-1d2f6c1e8b70", "0b4a1c2d-0000-4000-8000-000000000001"));

	@Test
	void aTokenCarriesTheClaimsThePlatformReads() {
		IdentityMinter minter = minter(Clock.systemUTC());

		Caller caller = SignedIdentities.caller(minter.tokenFor(GATE));

		assertThat(caller.actorId()).isEqualTo("key:4f6c");
		assertThat(caller.actorName()).isEqualTo("Linhe east gate");
		assertThat(caller.roles()).containsExactly(org.cordon.platform.rules.Role.CHECKPOINT);
		assertThat(caller.checkpoints()).isEqualTo(GATE.checkpoints());
		assertThat(caller.actor()).isEqualTo("key:4f6c (Linhe east gate)");
	}

	@Test
	void aTokenLivesAMinute() {
		Jwt jwt = SignedIdentities.verify(minter(Clock.systemUTC()).tokenFor(GATE));

		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
	}

	@Test
	void theSameCallerGetsTheSameTokenForAFewSecondsThenAFreshOne() {
		MutableClock clock = new MutableClock(Instant.parse("2020-02-04T08:00:00Z"));
		IdentityMinter minter = minter(clock);

		String first = minter.tokenFor(GATE);
		clock.now = clock.now.plusSeconds(9);
		String reused = minter.tokenFor(GATE);
		clock.now = clock.now.plusSeconds(2);
		String fresh = minter.tokenFor(GATE);

		assertThat(reused).isEqualTo(first);
		assertThat(fresh).isNotEqualTo(first);
		assertThat(minter.tokenFor(new Identity("key:other", "other", Set.of(Role.VIEWER), Set.of())))
			.isNotEqualTo(fresh);
	}

	@Test
	void aTokenIsNeverReusedForMoreThanHalfItsLife() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityMinter(PrivateKeys.rsaFromPem(IdentityTokens.privateKeyPem()),
					Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofSeconds(31)));
	}

	private static IdentityMinter minter(Clock clock) {
		return new IdentityMinter(PrivateKeys.rsaFromPem(IdentityTokens.privateKeyPem()), clock, Duration.ofSeconds(60),
				Duration.ofSeconds(10));
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
