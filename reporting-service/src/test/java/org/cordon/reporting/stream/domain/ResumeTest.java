package org.cordon.reporting.stream.domain;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeTest {

	@Test
	void aClientResumesAfterItsLastEventWhileEveryLaterChangeIsHeld() {
		assertThat(Resume.after("41", 40L, 50L, null)).isEqualTo(OptionalLong.of(41));
		assertThat(Resume.after("39", 40L, 50L, null)).isEqualTo(OptionalLong.of(39));
		assertThat(Resume.after("50", 40L, 50L, null)).isEqualTo(OptionalLong.of(50));
	}

	@Test
	void aClientThatMissedAPrunedChangeGetsASnapshot() {
		assertThat(Resume.after("38", 40L, 50L, null)).isEmpty();
	}

	@Test
	void anIdTheServerNeverHandedOutGetsASnapshot() {
		assertThat(Resume.after("51", 40L, 50L, null)).isEmpty();
		assertThat(Resume.after("latest", 40L, 50L, null)).isEmpty();
	}

	@Test
	void withoutAnIdOrWithoutHeldChangesTheClientGetsASnapshot() {
		assertThat(Resume.after(null, 40L, 50L, null)).isEmpty();
		assertThat(Resume.after("3", null, null, null)).isEmpty();
	}

	@Test
	void aClientThatLastSawTheViewsBeforeARebuildGetsASnapshot() {
		assertThat(Resume.after("44", 40L, 50L, 45L)).isEmpty();
	}

	@Test
	void aClientThatSawTheRebuildOrLaterResumesAsUsual() {
		assertThat(Resume.after("45", 40L, 50L, 45L)).isEqualTo(OptionalLong.of(45));
		assertThat(Resume.after("47", 40L, 50L, 45L)).isEqualTo(OptionalLong.of(47));
	}

}
