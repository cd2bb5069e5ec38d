package org.cordon.reporting.consuming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ClaimedInMemoryTest {

	private final UUID first = UUID.randomUUID();

	private final UUID second = UUID.randomUUID();

	@Test
	void anIdIsClaimedOnce() {
		ClaimedInMemory claims = new ClaimedInMemory(10);
		assertThat(claims.claim(Set.of(this.first))).containsExactly(this.first);
		assertThat(claims.claim(Set.of(this.first, this.second))).containsExactly(this.second);
	}

	@Test
	void theClaimsOfABatchThatRolledBackAreTakenBack() {
		ClaimedInMemory claims = new ClaimedInMemory(10);
		claims.claim(Set.of(this.first));
		Set<UUID> rolledBack = claims.claim(Set.of(this.second));
		claims.release(rolledBack);
		assertThat(claims.claim(Set.of(this.first, this.second))).containsExactly(this.second);
	}

	@Test
	void itIsFullAtItsLimitAndHandsOverEveryIdOnce() {
		ClaimedInMemory claims = new ClaimedInMemory(2);
		claims.claim(Set.of(this.first));
		assertThat(claims.isFull()).isFalse();
		claims.claim(Set.of(this.second));
		assertThat(claims.isFull()).isTrue();
		assertThat(claims.handOver()).containsExactlyInAnyOrder(this.first, this.second);
		assertThat(claims.isHeld()).isFalse();
		assertThat(claims.isFull()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> claims.claim(Set.of(UUID.randomUUID())));
		assertThatIllegalStateException().isThrownBy(claims::handOver);
	}

}
