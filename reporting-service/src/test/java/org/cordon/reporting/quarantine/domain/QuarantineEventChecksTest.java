package org.cordon.reporting.quarantine.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.TemperatureRecorded;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineEventChecksTest {

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void completeEventsPass() {
		UUID person = UUID.randomUUID();
		assertThat(QuarantineEventChecks
			.problems(new PersonRegistered(person, "临河区", PersonCategory.CLOSE_CONTACT, "临河区", FEB_4))).isEmpty();
		assertThat(QuarantineEventChecks
			.problems(new PersonIsolated(person, IsolationMode.HOME, "家中", FEB_4, FEB_4.plusDays(14), 3))).isEmpty();
		assertThat(QuarantineEventChecks.problems(new PersonReleased(person, FEB_4))).isEmpty();
	}

	@Test
	void anEventWithoutItsPersonIsRefused() {
		assertThat(QuarantineEventChecks.problems(new PersonReleased(null, FEB_4))).contains("personId is missing");
	}

	@Test
	void aRegistrationWithoutRegionOrCategoryIsRefused() {
		assertThat(QuarantineEventChecks
			.problems(new PersonRegistered(UUID.randomUUID(), null, PersonCategory.CLOSE_CONTACT, "临河区", FEB_4)))
			.containsExactly("region and category are required");
		assertThat(QuarantineEventChecks.problems(new PersonRegistered(UUID.randomUUID(), "临河区", null, "临河区", FEB_4)))
			.hasSize(1);
	}

	@Test
	void anIsolationWithoutModeOrEndOfObservationIsRefused() {
		assertThat(QuarantineEventChecks
			.problems(new PersonIsolated(UUID.randomUUID(), IsolationMode.HOME, "家中", FEB_4, null, 3))).hasSize(1);
		assertThat(QuarantineEventChecks.problems(new PersonIsolated(UUID.randomUUID(), null, "家中", FEB_4, FEB_4, 3)))
			.hasSize(1);
	}

	@Test
	void aReadingWithoutItsInstantIsRefused() {
		assertThat(QuarantineEventChecks.problems(new TemperatureRecorded(UUID.randomUUID(), null, null, true)))
			.containsExactly("at is missing");
	}

}
