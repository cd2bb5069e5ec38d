package org.cordon.checkpoint.registry.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointRulesTest {

	@Test
	void aCheckpointWithIdNameRegionAndKindBreaksNoRule() {
		assertThat(CheckpointRules.check(UUID.randomUUID(), "京藏高速临河出口", "临河区", CheckpointKind.HIGHWAY_EXIT)).isEmpty();
	}

	@Test
	void idNameRegionAndKindAreRequired() {
		assertThat(CheckpointRules.check(null, null, null, null)).extracting(Violation::field)
			.containsExactly("checkpointId", "name", "region", "kind");
	}

	@Test
	void nameAndRegionMustNotBeBlankOrTooLong() {
		assertThat(CheckpointRules.check(UUID.randomUUID(), "  ", "R".repeat(51), CheckpointKind.VILLAGE))
			.extracting(Violation::field)
			.containsExactly("name", "region");
	}

}
