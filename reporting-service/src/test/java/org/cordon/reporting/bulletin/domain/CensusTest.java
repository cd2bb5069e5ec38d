package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.IsolationMode;

import static org.assertj.core.api.Assertions.assertThat;

class CensusTest {

	static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	static final LocalDate FEB_5 = LocalDate.of(2020, 2, 5);

	@Test
	void aPersonReleasedTheNextDayIsStillUnderObservationAtTheEndOfTheDay() {
		CensusRow row = new CensusRow("临河区", FEB_3.minusDays(10), FEB_5, null, null, null, FEB_3.minusDays(10),
				IsolationMode.HOME, FEB_5.plusDays(2), 1);

		CensusFigures feb4 = Census.at(FEB_4, List.of(row)).city();
		CensusFigures feb5 = Census.at(FEB_5, List.of(row)).city();

		assertThat(feb4.underObservation()).isEqualTo(1);
		assertThat(feb4.byMode()).containsEntry(IsolationMode.HOME, 1L);
		assertThat(feb4.released()).isZero();
		assertThat(feb5.underObservation()).isZero();
		assertThat(feb5.released()).isEqualTo(1);
	}

	@Test
	void nothingCountsBeforeItsDay() {
		CensusRow row = new CensusRow("临河区", FEB_5, null, null, null, null, null, null, null, 3);

		assertThat(Census.at(FEB_4, List.of(row)).city().registered()).isZero();
		assertThat(Census.at(FEB_4, List.of(row)).byRegion()).isEmpty();
		assertThat(Census.at(FEB_5, List.of(row)).city().registered()).isEqualTo(3);
		assertThat(Census.at(FEB_5, List.of(row)).city().registeredOnTheDay()).isEqualTo(3);
		assertThat(Census.at(FEB_5.plusDays(1), List.of(row)).city().registeredOnTheDay()).isZero();
	}

	@Test
	void aSuspectedPersonIsSuspectedUntilTheDayOfTheConfirmationAndStaysUnderObservationInIsolation() {
		CensusRow row = new CensusRow("五原县", FEB_3.minusDays(5), null, FEB_3, FEB_4, null, FEB_3.minusDays(1),
				IsolationMode.HOSPITAL, FEB_3.plusDays(13), 1);

		CensusFigures feb3 = Census.at(FEB_3, List.of(row)).city();
		CensusFigures feb4 = Census.at(FEB_4, List.of(row)).city();

		assertThat(feb3.suspected()).isEqualTo(1);
		assertThat(feb3.confirmed()).isZero();
		assertThat(feb4.suspected()).isZero();
		assertThat(feb4.confirmed()).isEqualTo(1);
		assertThat(feb4.underObservation()).as("confirmed, still isolated").isEqualTo(1);
		assertThat(feb4.byMode()).containsEntry(IsolationMode.HOSPITAL, 1L);
	}

	@Test
	void aTransferredPersonIsNoLongerUnderObservationFromTheDayOfTheTransfer() {
		CensusRow row = new CensusRow("五原县", FEB_3, null, FEB_3, FEB_3, FEB_5, FEB_3, IsolationMode.HOSPITAL,
				FEB_3.plusDays(14), 2);

		assertThat(Census.at(FEB_4, List.of(row)).city().underObservation()).isEqualTo(2);
		assertThat(Census.at(FEB_5, List.of(row)).city().underObservation()).isZero();
		assertThat(Census.at(FEB_5, List.of(row)).city().transferred()).isEqualTo(2);
		assertThat(Census.at(FEB_5, List.of(row)).city().confirmed()).isEqualTo(2);
	}

	@Test
	void dueForReleaseIsInIsolationWithNothingElseOnFileFromTheLastDayOfObservation() {
		CensusRow isolated = new CensusRow("临河区", FEB_3.minusDays(14), null, null, null, null, FEB_3.minusDays(14),
				IsolationMode.CENTRALIZED, FEB_4, 1);
		CensusRow suspected = new CensusRow("临河区", FEB_3.minusDays(14), null, FEB_3, null, null, FEB_3.minusDays(14),
				IsolationMode.CENTRALIZED, FEB_4, 1);

		assertThat(Census.at(FEB_3, List.of(isolated, suspected)).city().dueForRelease()).isZero();
		assertThat(Census.at(FEB_4, List.of(isolated, suspected)).city().dueForRelease()).isEqualTo(1);
		assertThat(Census.at(FEB_5, List.of(isolated, suspected)).city().dueForRelease()).isEqualTo(1);
	}

	@Test
	void aPersonWithoutASeenRegistrationCountsForTheCityOnly() {
		CensusRow unknown = new CensusRow(null, null, null, null, null, null, FEB_3, IsolationMode.HOME, FEB_5, 1);
		CensusRow known = new CensusRow("磴口县", FEB_3, null, null, null, null, FEB_3, IsolationMode.HOME, FEB_5, 1);

		Census census = Census.at(FEB_4, List.of(unknown, known));

		assertThat(census.city().underObservation()).isEqualTo(2);
		assertThat(census.city().registered()).isEqualTo(1);
		assertThat(census.byRegion()).containsOnlyKeys("磴口县");
		assertThat(census.byRegion().get("磴口县").underObservation()).isEqualTo(1);
	}

	@Test
	void everyModeIsListed() {
		assertThat(Census.at(FEB_4, List.of()).city().byMode()).containsOnlyKeys(IsolationMode.values())
			.allSatisfy((mode, persons) -> assertThat(persons).isZero());
	}

}
