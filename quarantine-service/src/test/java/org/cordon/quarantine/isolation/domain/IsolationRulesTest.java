package org.cordon.quarantine.isolation.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.platform.rules.Violation;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Files;
import org.cordon.quarantine.persons.domain.Isolation;
import org.cordon.quarantine.persons.domain.Monitor;
import org.cordon.quarantine.persons.domain.PersonFile;

import static org.assertj.core.api.Assertions.assertThat;

class IsolationRulesTest {

	private static final LocalDate TODAY = LocalDate.parse("2020-02-04");

	private static final LocalDate DAY = LocalDate.parse("2020-02-02");

	@Test
	void aFirstIsolationIsolatesAndAnnouncesTheEndOfObservationAndHowManyMonitors() {
		PersonFile file = Files.registered();

		Decision decision = IsolationRules.isolate(file, Files.PERSON, Files.home());

		assertThat(decision).isInstanceOfSatisfying(Decision.Apply.class, (apply) -> {
			assertThat(apply.after().isolation()).isEqualTo(Files.home());
			assertThat(apply.event()).isEqualTo(new PersonIsolated(file.personId(), IsolationMode.HOME, "新华街道居家隔离",
					Files.ISOLATED_ON, LocalDate.parse("2020-02-11"), 3));
		});
	}

	@Test
	void theSameIsolationAgainIsARepeat() {
		assertThat(IsolationRules.isolate(Files.isolated(), Files.PERSON, Files.home()))
			.isInstanceOf(Decision.Repeat.class);
	}

	@Test
	void anotherSiteIsAMoveThatIsAnnouncedAgainWithTheSameEndOfObservation() {
		Isolation hotel = new Isolation(IsolationMode.CENTRALIZED, "临河区集中隔离观察点", DAY, Files.home().monitors());

		Decision decision = IsolationRules.isolate(Files.isolated(), Files.PERSON, hotel);

		assertThat(decision).isInstanceOfSatisfying(Decision.Apply.class, (apply) -> {
			assertThat(apply.after().isolation()).isEqualTo(hotel);
			assertThat(((PersonIsolated) apply.event()).observationEndsOn()).isEqualTo(LocalDate.parse("2020-02-11"));
		});
	}

	@Test
	void aSuspectedPersonMayBeMovedToHospital() {
		Isolation hospital = new Isolation(IsolationMode.HOSPITAL, "临河区人民医院隔离病区", DAY, List.of());

		assertThat(IsolationRules.isolate(Files.isolated().withSuspectedOn(DAY), Files.PERSON, hospital))
			.isInstanceOf(Decision.Apply.class);
	}

	@Test
	void aReleasedOrTransferredPersonIsNotIsolatedAgain() {
		Isolation again = new Isolation(IsolationMode.CENTRALIZED, "临河区集中隔离点", TODAY, List.of());

		assertThat(IsolationRules.isolate(Files.isolated().withReleasedOn(TODAY), Files.PERSON, again))
			.isInstanceOf(Decision.Refuse.class);
		assertThat(IsolationRules.isolate(Files.isolated().withConfirmedOn(DAY).withTransfer("市医院", DAY), Files.PERSON,
				again))
			.isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void theIsolationOnFileSentAgainAfterAReleaseOrTransferIsARepeat() {
		assertThat(IsolationRules.isolate(Files.isolated().withReleasedOn(TODAY), Files.PERSON, Files.home()))
			.isInstanceOf(Decision.Repeat.class);
		assertThat(IsolationRules.isolate(Files.isolated().withConfirmedOn(DAY).withTransfer("市医院", DAY), Files.PERSON,
				Files.home()))
			.isInstanceOf(Decision.Repeat.class);
	}

	@Test
	void aSiteThatHoldsTheHomeAddressAMonitorsNameOrAPhoneIsInvalid() {
		Isolation atHome = new Isolation(IsolationMode.HOME, "临河区新华街道幸福小区3号楼", DAY, List.of());
		Isolation atMonitors = new Isolation(IsolationMode.HOME, "李建国家", DAY, Files.home().monitors());
		Isolation withAPhone = new Isolation(IsolationMode.HOME, "居家 0478-8212345", DAY, List.of());

		assertThat(IsolationRules.isolate(Files.registered(), Files.PERSON, atHome)).isInstanceOfSatisfying(
				Decision.Invalid.class,
				(invalid) -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("site"));
		assertThat(IsolationRules.isolate(Files.registered(), Files.PERSON, atMonitors))
			.isInstanceOf(Decision.Invalid.class);
		assertThat(IsolationRules.isolate(Files.registered(), Files.PERSON, withAPhone))
			.isInstanceOf(Decision.Invalid.class);
	}

	@Test
	void modeSiteStartAndMonitorsAreRequired() {
		assertThat(IsolationRules.check(null, null, null, null, TODAY)).extracting(Violation::field)
			.containsExactly("mode", "site", "startedOn", "monitors");
	}

	@Test
	void theIsolationStartsNoLaterThanToday() {
		assertThat(IsolationRules.check(IsolationMode.HOME, "居家", TODAY.plusDays(1), List.of(), TODAY))
			.extracting(Violation::field)
			.containsExactly("startedOn");
	}

	@Test
	void eachMonitorHasANameARoleAndAPhoneAndThereAreAtMostTen() {
		List<Monitor> monitors = List.of(new Monitor("李建国", " ", "13852000001"), new Monitor(null, "民警", "x"));

		assertThat(IsolationRules.check(IsolationMode.HOME, "居家", TODAY, monitors, TODAY)).extracting(Violation::field)
			.containsExactly("monitors[0].role", "monitors[1].name", "monitors[1].phone");
		assertThat(IsolationRules.check(IsolationMode.HOME, "居家", TODAY,
				Collections.nCopies(11, new Monitor("李建国", "村干部", "13852000001")), TODAY))
			.extracting(Violation::field)
			.containsExactly("monitors");
	}

}
