package org.cordon.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedBuffersTest {

	private static final long GB = 1024L * 1024 * 1024;

	@Test
	void aQuarterOfTheMachine() {
		assertThat(SharedBuffers.forMemory(8 * GB)).isEqualTo("2048MB");
		assertThat(SharedBuffers.forMemory(6 * GB)).isEqualTo("1536MB");
	}

	@Test
	void atMostFourGigabytesOnABigMachine() {
		assertThat(SharedBuffers.forMemory(24 * GB)).isEqualTo("4096MB");
		assertThat(SharedBuffers.forMemory(256 * GB)).isEqualTo("4096MB");
	}

	@Test
	void neverLessThanPostgresqlsStockSetting() {
		assertThat(SharedBuffers.forMemory(GB / 4)).isEqualTo("128MB");
	}

	@Test
	void thisMachineGetsASettingWithinTheBounds() {
		long megabytes = Long.parseLong(SharedBuffers.forThisMachine().replace("MB", ""));
		assertThat(megabytes).isBetween(SharedBuffers.LEAST_MB, SharedBuffers.MOST_MB);
	}

}
