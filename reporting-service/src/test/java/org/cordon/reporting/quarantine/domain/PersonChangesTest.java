package org.cordon.reporting.quarantine.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.ContactTraced;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.quarantine.TemperatureRecorded;

import static org.assertj.core.api.Assertions.assertThat;

class PersonChangesTest {

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	final UUID person = UUID.randomUUID();

	@Test
	void aBatchFoldsIntoOneChangePerPersonWithEverythingItTold() {
		UUID other = UUID.randomUUID();
		PersonChanges changes = new PersonChanges()
			.add(new PersonRegistered(this.person, "临河区", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市", FEB_4))
			.add(new PersonRegistered(other, "五原县", PersonCategory.CLOSE_CONTACT, "临河区", FEB_4))
			.add(isolated(IsolationMode.HOME, FEB_4.plusDays(14)))
			.add(new CaseSuspected(this.person, FEB_4.plusDays(3)));

		assertThat(changes.changes()).hasSize(2);
		PersonChange change = changes.changes().get(0);
		assertThat(change.personId()).isEqualTo(this.person);
		assertThat(change.region()).isEqualTo("临河区");
		assertThat(change.category()).isEqualTo(PersonCategory.RETURNEE_HUBEI);
		assertThat(change.mode()).isEqualTo(IsolationMode.HOME);
		assertThat(change.observationEndsOn()).isEqualTo(FEB_4.plusDays(14));
		assertThat(change.isolated()).isTrue();
		assertThat(change.suspected()).isTrue();
		assertThat(change.confirmed()).isFalse();
		assertThat(changes.changes().get(1).region()).isEqualTo("五原县");
		assertThat(changes.changes().get(1).isolated()).isFalse();
	}

	@Test
	void theLatestIsolationGivesTheModeAndTheEndOfObservation() {
		PersonChange change = new PersonChanges().add(isolated(IsolationMode.HOME, FEB_4.plusDays(14)))
			.add(isolated(IsolationMode.CENTRALIZED, FEB_4.plusDays(16)))
			.changes()
			.get(0);

		assertThat(change.mode()).isEqualTo(IsolationMode.CENTRALIZED);
		assertThat(change.observationEndsOn()).isEqualTo(FEB_4.plusDays(16));
	}

	@Test
	void theLatestFeverIsKeptEvenWhenAnOlderReadingArrivesLater() {
		Instant morning = Instant.parse("2020-02-05T00:00:00Z");
		PersonChange change = new PersonChanges().add(reading(morning.plusSeconds(3600), "38.1"))
			.add(reading(morning, "37.5"))
			.add(reading(morning.plusSeconds(7200), "36.6"))
			.changes()
			.get(0);

		assertThat(change.lastFeverAt()).as("a reading below 37.3 is no fever").isEqualTo(morning.plusSeconds(3600));
	}

	@Test
	void everyStatusOnceToldStaysTold() {
		PersonChange change = new PersonChanges().add(new CaseConfirmed(this.person, FEB_4))
			.add(new PersonTransferred(this.person, "巴彦淖尔市医院", FEB_4))
			.add(new PersonReleased(this.person, FEB_4))
			.changes()
			.get(0);

		assertThat(change.confirmed()).isTrue();
		assertThat(change.transferred()).isTrue();
		assertThat(change.released()).isTrue();
		assertThat(change.suspected()).isFalse();
	}

	@Test
	void readingsWithoutFeverAndTracedContactsTellTheSummaryNothing() {
		PersonChanges changes = new PersonChanges().add(reading(Instant.parse("2020-02-05T00:00:00Z"), "36.5"))
			.add(new ContactTraced(this.person, UUID.randomUUID(), FEB_4));

		assertThat(changes.changes()).isEmpty();
		assertThat(PersonChange.matters(reading(Instant.now(), "37.3"))).isTrue();
	}

	private PersonIsolated isolated(IsolationMode mode, LocalDate endsOn) {
		return new PersonIsolated(this.person, mode, "临河区某酒店", FEB_4, endsOn, 3);
	}

	private TemperatureRecorded reading(Instant at, String celsius) {
		BigDecimal value = new BigDecimal(celsius);
		return new TemperatureRecorded(this.person, at, value, value.compareTo(new BigDecimal("37.3")) >= 0);
	}

}
