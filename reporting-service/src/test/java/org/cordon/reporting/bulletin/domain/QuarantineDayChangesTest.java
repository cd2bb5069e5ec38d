package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.TemperatureRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuarantineDayChangesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant ENTERED_IN_2026 = Instant.parse("2026-11-30T09:00:00Z");

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	final UUID person = UUID.randomUUID();

	@Test
	void aFactCountsOnTheDayItsEventCarriesNotWhenItWasEntered() {
		QuarantineDayChanges changes = new QuarantineDayChanges(SHANGHAI)
			.add(new PersonRegistered(this.person, "临河区", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市", FEB_4.minusDays(5),
					FEB_4.minusDays(1)), ENTERED_IN_2026)
			.add(new PersonReleased(this.person, FEB_4), ENTERED_IN_2026);

		assertThat(changes.persons()).containsExactly(
				new PersonDays(this.person, "临河区", "RETURNEE_HUBEI", FEB_4.minusDays(1), FEB_4, null, null, null));
	}

	@Test
	void anEventWithoutItsDayCountsOnTheDayOfItsTimeInThePlatformsZone() {
		QuarantineDayChanges changes = new QuarantineDayChanges(SHANGHAI).add(
				new PersonRegistered(this.person, "临河区", PersonCategory.CLOSE_CONTACT, null, FEB_4),
				Instant.parse("2020-02-03T16:30:00Z"));

		assertThat(changes.persons().get(0).registeredOn()).as("00:30 in Shanghai").isEqualTo(FEB_4);
	}

	@Test
	void ofTwoIsolationsOfOneDayTheLaterToldStaysAndEachDayKeepsItsOwn() {
		QuarantineDayChanges changes = new QuarantineDayChanges(SHANGHAI)
			.add(isolated(IsolationMode.HOME, FEB_4.minusDays(3)), ENTERED_IN_2026)
			.add(isolated(IsolationMode.CENTRALIZED, FEB_4), ENTERED_IN_2026)
			.add(isolated(IsolationMode.HOSPITAL, FEB_4), ENTERED_IN_2026);

		assertThat(changes.isolations()).extracting(Isolation::startedOn, Isolation::mode)
			.containsExactly(tuple(FEB_4.minusDays(3), IsolationMode.HOME), tuple(FEB_4, IsolationMode.HOSPITAL));
	}

	@Test
	void aTransitionKeepsItsFirstDayAndReadingsTellNothing() {
		QuarantineDayChanges changes = new QuarantineDayChanges(SHANGHAI)
			.add(new CaseSuspected(this.person, FEB_4), ENTERED_IN_2026)
			.add(new CaseSuspected(this.person, FEB_4.plusDays(2)), ENTERED_IN_2026)
			.add(new TemperatureRecorded(this.person, ENTERED_IN_2026, new BigDecimal("38.5"), true), ENTERED_IN_2026);

		assertThat(changes.persons()).singleElement()
			.satisfies((days) -> assertThat(days.suspectedOn()).isEqualTo(FEB_4));
		assertThat(QuarantineDayChanges
			.matters(new TemperatureRecorded(this.person, ENTERED_IN_2026, new BigDecimal("38.5"), true))).isFalse();
	}

	private PersonIsolated isolated(IsolationMode mode, LocalDate startedOn) {
		return new PersonIsolated(this.person, mode, "某宾馆", startedOn, startedOn.plusDays(14), 3);
	}

}
