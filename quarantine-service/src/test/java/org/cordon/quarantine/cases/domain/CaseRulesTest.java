package org.cordon.quarantine.cases.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.platform.rules.Violation;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Files;
import org.cordon.quarantine.persons.domain.FileStatus;
import org.cordon.quarantine.persons.domain.PersonFile;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRulesTest {

	private static final LocalDate SUSPECTED = LocalDate.parse("2020-02-05");

	private static final LocalDate CONFIRMED = LocalDate.parse("2020-02-06");

	@Test
	void anIsolatedPersonBecomesSuspected() {
		PersonFile file = Files.isolated();

		assertThat(CaseRules.suspect(file, SUSPECTED)).isInstanceOfSatisfying(Decision.Apply.class, (apply) -> {
			assertThat(apply.after().status()).isEqualTo(FileStatus.SUSPECTED);
			assertThat(apply.event()).isEqualTo(new CaseSuspected(file.personId(), SUSPECTED));
		});
	}

	@Test
	void aSuspicionRepeatedOnTheSameDayIsARepeatOnAnotherDayAConflict() {
		PersonFile suspected = Files.isolated().withSuspectedOn(SUSPECTED);

		assertThat(CaseRules.suspect(suspected, SUSPECTED)).isInstanceOf(Decision.Repeat.class);
		assertThat(CaseRules.suspect(suspected, CONFIRMED)).isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void aConfirmedCaseIsNotSuspectedAfterwards() {
		assertThat(CaseRules.suspect(Files.isolated().withConfirmedOn(CONFIRMED), CONFIRMED))
			.isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void aSuspectedOrAnyPersonOnFileBecomesConfirmed() {
		PersonFile file = Files.isolated().withSuspectedOn(SUSPECTED);

		assertThat(CaseRules.confirm(file, CONFIRMED)).isInstanceOfSatisfying(Decision.Apply.class,
				(apply) -> assertThat(apply.event()).isEqualTo(new CaseConfirmed(file.personId(), CONFIRMED)));
		assertThat(CaseRules.confirm(Files.registered(), CONFIRMED)).isInstanceOf(Decision.Apply.class);
	}

	@Test
	void aConfirmationIsNotBeforeTheSuspicion() {
		assertThat(CaseRules.confirm(Files.isolated().withSuspectedOn(SUSPECTED), SUSPECTED.minusDays(1)))
			.isInstanceOfSatisfying(Decision.Invalid.class, (invalid) -> assertThat(invalid.violations())
				.containsExactly(new Violation("on", "must not be before the suspicion (2020-02-05)")));
	}

	@Test
	void aConfirmationRepeatedOnTheSameDayIsARepeatOnAnotherDayAConflict() {
		PersonFile confirmed = Files.isolated().withConfirmedOn(CONFIRMED);

		assertThat(CaseRules.confirm(confirmed, CONFIRMED)).isInstanceOf(Decision.Repeat.class);
		assertThat(CaseRules.confirm(confirmed, CONFIRMED.plusDays(1))).isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void onlyAConfirmedCaseIsTransferred() {
		assertThat(CaseRules.transfer(Files.isolated().withSuspectedOn(SUSPECTED), Files.PERSON, "巴彦淖尔市医院", CONFIRMED))
			.isInstanceOfSatisfying(Decision.Refuse.class,
					(refuse) -> assertThat(refuse.reason()).contains("Only a confirmed case is transferred"));

		PersonFile confirmed = Files.isolated().withConfirmedOn(CONFIRMED);
		assertThat(CaseRules.transfer(confirmed, Files.PERSON, "巴彦淖尔市医院", CONFIRMED))
			.isInstanceOfSatisfying(Decision.Apply.class, (apply) -> assertThat(apply.event())
				.isEqualTo(new PersonTransferred(confirmed.personId(), "巴彦淖尔市医院", CONFIRMED)));
	}

	@Test
	void aTransferIsNotBeforeTheConfirmation() {
		assertThat(CaseRules.transfer(Files.isolated().withConfirmedOn(CONFIRMED), Files.PERSON, "巴彦淖尔市医院", SUSPECTED))
			.isInstanceOf(Decision.Invalid.class);
	}

	@Test
	void aTransferRepeatedToTheSameHospitalOnTheSameDayIsARepeatOtherwiseAConflict() {
		PersonFile transferred = Files.isolated().withConfirmedOn(CONFIRMED).withTransfer("巴彦淖尔市医院", CONFIRMED);

		assertThat(CaseRules.transfer(transferred, Files.PERSON, "巴彦淖尔市医院", CONFIRMED))
			.isInstanceOf(Decision.Repeat.class);
		assertThat(CaseRules.transfer(transferred, Files.PERSON, "内蒙古自治区人民医院", CONFIRMED))
			.isInstanceOf(Decision.Refuse.class);
	}

	@Test
	void theHospitalMustNotNameThePerson() {
		assertThat(CaseRules.transfer(Files.isolated().withConfirmedOn(CONFIRMED), Files.PERSON, "市医院 王秀英", CONFIRMED))
			.isInstanceOf(Decision.Invalid.class);
	}

	@Test
	void aSuspicionAfterAReleaseIsNotDatedBeforeIt() {
		PersonFile released = Files.isolated().withReleasedOn(CONFIRMED);

		assertThat(CaseRules.suspect(released, SUSPECTED)).isInstanceOf(Decision.Invalid.class);
		assertThat(CaseRules.suspect(released, CONFIRMED.plusDays(2))).isInstanceOf(Decision.Apply.class);
	}

	@Test
	void theDayIsRequiredAndNotAfterToday() {
		assertThat(CaseRules.checkDay(null, CONFIRMED)).extracting(Violation::field).containsExactly("on");
		assertThat(CaseRules.checkDay(CONFIRMED.plusDays(1), CONFIRMED)).extracting(Violation::field)
			.containsExactly("on");
		assertThat(CaseRules.checkTransfer(" ", CONFIRMED, CONFIRMED)).extracting(Violation::field)
			.containsExactly("facility");
	}

}
