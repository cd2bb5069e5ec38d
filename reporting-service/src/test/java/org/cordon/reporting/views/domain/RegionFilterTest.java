package org.cordon.reporting.views.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionFilterTest {

	@Test
	void noRegionOrABlankOneSelectsEveryRegion() {
		assertThat(RegionFilter.check(null)).isEmpty();
		assertThat(RegionFilter.selected(null)).isNull();
		assertThat(RegionFilter.check("  ")).isEmpty();
		assertThat(RegionFilter.selected("  ")).isNull();
	}

	@Test
	void aRegionIsSelectedByItsNameWithoutSurroundingSpaces() {
		assertThat(RegionFilter.check(" 临河区 ")).isEmpty();
		assertThat(RegionFilter.selected(" 临河区 ")).isEqualTo("临河区");
	}

	@Test
	void aRegionLongerThanAnyRegionNameIsRefusedNamingTheField() {
		assertThat(RegionFilter.check("区".repeat(RegionFilter.MAX_LENGTH))).isEmpty();
		assertThat(RegionFilter.check("区".repeat(RegionFilter.MAX_LENGTH + 1))).singleElement()
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("region"));
	}

	@Test
	void aRegionWithControlCharactersIsRefused() {
		assertThat(RegionFilter.check("临河区\n")).as("surrounding white space is stripped").isEmpty();
		assertThat(RegionFilter.check("临河\u0000区")).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).contains("control characters"));
	}

}
