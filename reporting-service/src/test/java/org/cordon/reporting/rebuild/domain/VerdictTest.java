package org.cordon.reporting.rebuild.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerdictTest {

	@Test
	void noDifferenceIsConsistent() {
		assertThat(Verdict.of(List.of(), 10)).isEqualTo(new Verdict(true, List.of(), false));
	}

	@Test
	void anyDifferenceIsInconsistentAndListed() {
		List<Difference> found = List.of(difference("a"), difference("b"));

		assertThat(Verdict.of(found, 10)).isEqualTo(new Verdict(false, found, false));
	}

	@Test
	void moreDifferencesThanTheLimitAreCutAndSaidToBe() {
		Verdict verdict = Verdict.of(List.of(difference("a"), difference("b"), difference("c")), 2);

		assertThat(verdict.consistent()).isFalse();
		assertThat(verdict.differences()).extracting((d) -> d.key().get("sku")).containsExactly("a", "b");
		assertThat(verdict.truncated()).isTrue();
	}

	@Test
	void theLimitListsOneAtLeast() {
		assertThatIllegalArgumentException().isThrownBy(() -> Verdict.of(List.of(), 0));
	}

	private static Difference difference(String sku) {
		return Difference.of("supply_items", List.of("sku"), Map.of("sku", sku), null);
	}

}
