package org.cordon.gateway.login.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SessionPolicyTest {

	private static final Instant LOGIN = Instant.parse("2020-02-04T08:00:00Z");

	private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8));

	@Test
	void aSessionEndsThirtyMinutesAfterItsLastRequest() {
		Instant lastSeen = LOGIN.plus(Duration.ofHours(1));
		Instant expires = this.policy.expiresAt(LOGIN);

		assertThat(this.policy.isAlive(lastSeen, expires, lastSeen.plus(Duration.ofMinutes(30)).minusMillis(1)))
			.isTrue();
		assertThat(this.policy.isAlive(lastSeen, expires, lastSeen.plus(Duration.ofMinutes(30)))).isFalse();
	}

	@Test
	void aBusySessionStillEndsEightHoursAfterTheLogin() {
		Instant expires = this.policy.expiresAt(LOGIN);
		Instant end = LOGIN.plus(Duration.ofHours(8));

		assertThat(expires).isEqualTo(end);
		assertThat(this.policy.isAlive(end.minusSeconds(1), expires, end.minusMillis(1))).isTrue();
		assertThat(this.policy.isAlive(end.minusSeconds(1), expires, end)).isFalse();
	}

	@Test
	void theIdleCutoffIsTheIdleTimeoutAgo() {
		assertThat(this.policy.idleCutoff(LOGIN)).isEqualTo(LOGIN.minus(Duration.ofMinutes(30)));
	}

	@Test
	void theTimeoutsMustMakeSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SessionPolicy(Duration.ZERO, Duration.ofHours(8)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionPolicy(Duration.ofHours(9), Duration.ofHours(8)));
	}

}
