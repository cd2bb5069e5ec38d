package org.cordon.reporting.quarantine.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineSummaryAssemblyTest {

	static final String LINHE = "临河区";

	static final String WUYUAN = "五原县";

	@Test
	void anEmptySummaryListsEveryModeAndCategoryWithZero() {
		QuarantineSummary summary = QuarantineSummaryAssembly.empty();

		assertThat(summary.byMode()).containsOnlyKeys(IsolationMode.values()).containsValues(0L);
		assertThat(summary.byMode().keySet()).as("in API.md's order").containsExactly(IsolationMode.values());
		assertThat(summary.byCategory()).containsOnlyKeys(PersonCategory.values());
		assertThat(summary.byCategory().values()).containsOnly(0L);
		assertThat(summary.registered()).isZero();
	}

	@Test
	void personsInIsolationAreUnderObservationByTheModeOfTheirLatestIsolation() {
		QuarantineSummary summary = QuarantineSummaryAssembly
			.assemble(List.of(Group.of(LINHE, PersonCategory.RETURNEE_HUBEI).isolated(IsolationMode.HOME).persons(3),
					Group.of(LINHE, PersonCategory.CLOSE_CONTACT).isolated(IsolationMode.CENTRALIZED).persons(2),
					Group.of(WUYUAN, PersonCategory.CLOSE_CONTACT).persons(4)));

		assertThat(summary.registered()).isEqualTo(9);
		assertThat(summary.underObservation()).isEqualTo(5);
		assertThat(summary.byMode())
			.isEqualTo(Map.of(IsolationMode.HOME, 3L, IsolationMode.CENTRALIZED, 2L, IsolationMode.HOSPITAL, 0L));
		assertThat(summary.byCategory()).containsEntry(PersonCategory.RETURNEE_HUBEI, 3L)
			.containsEntry(PersonCategory.CLOSE_CONTACT, 6L)
			.containsEntry(PersonCategory.FEVER_REFERRAL, 0L);
	}

	@Test
	void suspectedAndConfirmedPersonsInIsolationAreStillObservedButReleasedAndTransferredOnesAreNot() {
		QuarantineSummary summary = QuarantineSummaryAssembly.assemble(List.of(
				Group.of(LINHE, PersonCategory.CLOSE_CONTACT).isolated(IsolationMode.HOME).thenSuspected().persons(1),
				Group.of(LINHE, PersonCategory.CLOSE_CONTACT)
					.isolated(IsolationMode.HOSPITAL)
					.thenConfirmed()
					.persons(2),
				Group.of(LINHE, PersonCategory.CLOSE_CONTACT)
					.isolated(IsolationMode.HOSPITAL)
					.thenConfirmed()
					.thenTransferred()
					.persons(4),
				Group.of(LINHE, PersonCategory.RETURNEE_HUBEI).isolated(IsolationMode.HOME).thenReleased().persons(8)));

		assertThat(summary.underObservation()).isEqualTo(3);
		assertThat(summary.byMode().get(IsolationMode.HOSPITAL)).isEqualTo(2);
		assertThat(summary.suspected()).isEqualTo(1);
		assertThat(summary.confirmed()).as("cumulative: transferred cases stay confirmed").isEqualTo(6);
		assertThat(summary.transferred()).isEqualTo(4);
		assertThat(summary.released()).isEqualTo(8);
	}

	@Test
	void aSuspectedPersonWhoIsConfirmedIsNoLongerCountedAsSuspected() {
		QuarantineSummary summary = QuarantineSummaryAssembly
			.assemble(List.of(Group.of(LINHE, PersonCategory.CLOSE_CONTACT)
				.isolated(IsolationMode.HOME)
				.thenSuspected()
				.thenConfirmed()
				.persons(1)));

		assertThat(summary.suspected()).isZero();
		assertThat(summary.confirmed()).isEqualTo(1);
	}

	@Test
	void aPersonSuspectedAfterTheReleaseIsObservedAgainAndStillCountedAsReleased() {
		QuarantineSummary summary = QuarantineSummaryAssembly
			.assemble(List.of(Group.of(LINHE, PersonCategory.CLOSE_CONTACT)
				.isolated(IsolationMode.HOME)
				.thenReleased()
				.thenSuspected()
				.persons(1)));

		assertThat(summary.underObservation()).isEqualTo(1);
		assertThat(summary.suspected()).isEqualTo(1);
		assertThat(summary.released()).isEqualTo(1);
	}

	@Test
	void dueForReleaseAreIsolatedPersonsWithObservationCompleteAndNothingElseOnFile() {
		QuarantineSummary summary = QuarantineSummaryAssembly
			.assemble(List.of(
					Group.of(LINHE, PersonCategory.RETURNEE_HUBEI)
						.isolated(IsolationMode.HOME)
						.observationComplete()
						.persons(5),
					Group.of(LINHE, PersonCategory.RETURNEE_HUBEI).isolated(IsolationMode.HOME).persons(7),
					Group.of(LINHE, PersonCategory.RETURNEE_HUBEI)
						.isolated(IsolationMode.HOME)
						.observationComplete()
						.thenSuspected()
						.persons(1),
					Group.of(LINHE, PersonCategory.RETURNEE_HUBEI)
						.isolated(IsolationMode.HOME)
						.observationComplete()
						.thenReleased()
						.persons(2),
					Group.of(LINHE, PersonCategory.RETURNEE_HUBEI)
						.isolated(IsolationMode.HOME)
						.observationComplete()
						.withRecentFever()
						.persons(1)));

		assertThat(summary.dueForRelease()).as("a fever does not take a person off the list").isEqualTo(6);
		assertThat(summary.feverLast24h()).isEqualTo(1);
	}

	@Test
	void personsWhoseRegistrationWasNotSeenCountInTheCityButInNoRegionAndNotAsRegistered() {
		List<PersonGroup> groups = List.of(Group.of(LINHE, PersonCategory.CLOSE_CONTACT).persons(2),
				Group.of(WUYUAN, PersonCategory.CLOSE_CONTACT).isolated(IsolationMode.HOME).persons(1),
				Group.of(null, null).isolated(IsolationMode.HOME).persons(1));

		QuarantineSummary city = QuarantineSummaryAssembly.assemble(groups);
		Map<String, QuarantineSummary> byRegion = QuarantineSummaryAssembly.byRegion(groups);

		assertThat(city.registered()).isEqualTo(3);
		assertThat(city.underObservation()).isEqualTo(2);
		assertThat(byRegion).containsOnlyKeys(LINHE, WUYUAN);
		assertThat(byRegion.get(LINHE).registered()).isEqualTo(2);
		assertThat(byRegion.get(LINHE).underObservation()).isZero();
		assertThat(byRegion.get(WUYUAN).underObservation()).isEqualTo(1);
	}

	/**
	 * Builds a group of persons fact by fact.
	 */
	record Group(String region, PersonCategory category, IsolationMode mode, boolean suspected, boolean confirmed,
			boolean transferred, boolean released, boolean complete, boolean recentFever) {

		static Group of(String region, PersonCategory category) {
			return new Group(region, category, null, false, false, false, false, false, false);
		}

		Group isolated(IsolationMode mode) {
			return new Group(this.region, this.category, mode, this.suspected, this.confirmed, this.transferred,
					this.released, this.complete, this.recentFever);
		}

		Group thenSuspected() {
			return new Group(this.region, this.category, this.mode, true, this.confirmed, this.transferred,
					this.released, this.complete, this.recentFever);
		}

		Group thenConfirmed() {
			return new Group(this.region, this.category, this.mode, this.suspected, true, this.transferred,
					this.released, this.complete, this.recentFever);
		}

		Group thenTransferred() {
			return new Group(this.region, this.category, this.mode, this.suspected, this.confirmed, true, this.released,
					this.complete, this.recentFever);
		}

		Group thenReleased() {
			return new Group(this.region, this.category, this.mode, this.suspected, this.confirmed, this.transferred,
					true, this.complete, this.recentFever);
		}

		Group observationComplete() {
			return new Group(this.region, this.category, this.mode, this.suspected, this.confirmed, this.transferred,
					this.released, true, this.recentFever);
		}

		Group withRecentFever() {
			return new Group(this.region, this.category, this.mode, this.suspected, this.confirmed, this.transferred,
					this.released, this.complete, true);
		}

		PersonGroup persons(long n) {
			return new PersonGroup(this.region, this.category, this.mode, this.mode != null, this.suspected,
					this.confirmed, this.transferred, this.released, this.complete, this.recentFever, n);
		}

	}

}
