package org.cordon.reporting.rebuild.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DifferenceTest {

	static final List<String> KEY = List.of("checkpoint_id", "day");

	static final Map<String, Object> LIVE = Map.of("checkpoint_id", "c1", "day", "2020-02-07", "trains", 3);

	static final Map<String, Object> EXPECTED = Map.of("checkpoint_id", "c1", "day", "2020-02-07", "trains", 2);

	@Test
	void aChangedRowIsKeyedByItsPrimaryKeyAndShowsBothSides() {
		Difference difference = Difference.of("checkpoint_days", KEY, LIVE, EXPECTED);

		assertThat(difference.key()).containsExactly(Map.entry("checkpoint_id", "c1"), Map.entry("day", "2020-02-07"));
		assertThat(difference.live()).isEqualTo(LIVE);
		assertThat(difference.expected()).isEqualTo(EXPECTED);
	}

	@Test
	void aRowMissingOnOneSideIsKeyedByTheOtherAndNullWhereMissing() {
		assertThat(Difference.of("checkpoint_days", KEY, null, EXPECTED).live()).isNull();
		assertThat(Difference.of("checkpoint_days", KEY, null, EXPECTED).key()).containsEntry("checkpoint_id", "c1");
		assertThat(Difference.of("checkpoint_days", KEY, LIVE, null).expected()).isNull();
	}

	@Test
	void aNullColumnIsKept() {
		Map<String, Object> row = new HashMap<>(LIVE);
		row.put("trains", null);

		assertThat(Difference.of("checkpoint_days", KEY, row, EXPECTED).live()).containsEntry("trains", null);
	}

	@Test
	void noRowOrNoKeyIsNoDifference() {
		assertThatIllegalArgumentException().isThrownBy(() -> Difference.of("checkpoint_days", KEY, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> Difference.of("checkpoint_days", List.of(), LIVE, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Difference.of("checkpoint_days", List.of("region"), LIVE, null));
	}

}
