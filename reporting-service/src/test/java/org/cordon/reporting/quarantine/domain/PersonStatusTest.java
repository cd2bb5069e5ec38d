package org.cordon.reporting.quarantine.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonStatusTest {

	@Test
	void aPersonWithNothingButARegistrationIsRegistered() {
		assertThat(PersonStatus.of(false, false, false, false, false)).isEqualTo(PersonStatus.REGISTERED);
	}

	@Test
	void anIsolationMakesAPersonIsolated() {
		assertThat(PersonStatus.of(true, false, false, false, false)).isEqualTo(PersonStatus.ISOLATED);
	}

	@Test
	void eachLaterStageOutranksTheOnesBeforeIt() {
		assertThat(PersonStatus.of(true, false, false, false, true)).isEqualTo(PersonStatus.RELEASED);
		assertThat(PersonStatus.of(true, true, false, false, false)).isEqualTo(PersonStatus.SUSPECTED);
		assertThat(PersonStatus.of(true, true, true, false, false)).isEqualTo(PersonStatus.CONFIRMED);
		assertThat(PersonStatus.of(true, true, true, true, false)).isEqualTo(PersonStatus.TRANSFERRED);
	}

	@Test
	void aSuspicionAfterAReleaseOutranksTheReleaseAsInQuarantineService() {
		assertThat(PersonStatus.of(true, true, false, false, true)).isEqualTo(PersonStatus.SUSPECTED);
	}

	@Test
	void aConfirmationWithoutASuspicionIsConfirmed() {
		assertThat(PersonStatus.of(true, false, true, false, false)).isEqualTo(PersonStatus.CONFIRMED);
	}

}
