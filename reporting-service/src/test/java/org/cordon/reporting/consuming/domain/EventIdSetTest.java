package org.cordon.reporting.consuming.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdSetTest {

	@Test
	void anIdIsAddedOnce() {
		EventIdSet set = new EventIdSet();
		UUID id = UUID.randomUUID();
		assertThat(set.add(id)).isTrue();
		assertThat(set.add(new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits()))).isFalse();
		assertThat(set.contains(id)).isTrue();
		assertThat(set.size()).isEqualTo(1);
	}

	@Test
	void theAllZeroIdIsAnIdLikeAnyOther() {
		EventIdSet set = new EventIdSet();
		UUID zero = new UUID(0, 0);
		assertThat(set.contains(zero)).isFalse();
		assertThat(set.add(zero)).isTrue();
		assertThat(set.add(zero)).isFalse();
		assertThat(set.ids()).containsExactly(zero);
		assertThat(set.remove(zero)).isTrue();
		assertThat(set.size()).isZero();
	}

	@Test
	void aRemovedIdIsGoneAndTheOthersStay() {
		EventIdSet set = new EventIdSet();
		UUID kept = UUID.randomUUID();
		UUID removed = UUID.randomUUID();
		set.add(kept);
		set.add(removed);
		assertThat(set.remove(removed)).isTrue();
		assertThat(set.remove(removed)).isFalse();
		assertThat(set.contains(removed)).isFalse();
		assertThat(set.contains(kept)).isTrue();
		assertThat(set.ids()).containsExactly(kept);
	}

	@Test
	void itAgreesWithAHashSetThroughManyAddsAndRemovesAndGrowing() {
		EventIdSet set = new EventIdSet();
		Set<UUID> expected = new HashSet<>();
		List<UUID> added = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 50_000; i++) {
			// few distinct high bits, so that ids collide in their home slots and runs
			// form
			UUID id = new UUID(random.nextInt(4), random.nextInt(30_000));
			if (random.nextInt(3) == 0 && !added.isEmpty()) {
				UUID gone = added.get(random.nextInt(added.size()));
				assertThat(set.remove(gone)).isEqualTo(expected.remove(gone));
			}
			else {
				assertThat(set.add(id)).isEqualTo(expected.add(id));
				added.add(id);
			}
		}
		assertThat(set.size()).isEqualTo(expected.size());
		assertThat(new HashSet<>(set.ids())).isEqualTo(expected);
		for (UUID id : added) {
			assertThat(set.contains(id)).isEqualTo(expected.contains(id));
		}
	}

}
