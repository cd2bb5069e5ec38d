package org.cordon.contracts.quarantine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * The record each quarantine golden sample must read as, by type name.
 */
public final class QuarantineSamples {

	static final UUID PERSON = UUID.fromString("5b0c7e3a-2f4d-4e6a-9b81-3c2d1e0f4a57");

	static final UUID SOURCE = UUID.fromString("c4e2a9f1-7b3d-4a58-8e6c-0d1f2a3b4c5d");

	public static final Map<String, DomainEvent> EXPECTED = Map.of(PersonRegistered.TYPE,
			new PersonRegistered(PERSON, "临河区", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市", LocalDate.parse("2020-01-28"),
					LocalDate.parse("2020-01-29")),
			PersonIsolated.TYPE,
			new PersonIsolated(PERSON, IsolationMode.CENTRALIZED, "临河区集中隔离观察点", LocalDate.parse("2020-01-30"),
					LocalDate.parse("2020-02-11"), 3),
			TemperatureRecorded.TYPE,
			new TemperatureRecorded(PERSON, Instant.parse("2020-02-04T00:30:00Z"), new BigDecimal("37.4"), true),
			PersonReleased.TYPE, new PersonReleased(PERSON, LocalDate.parse("2020-02-11")), CaseSuspected.TYPE,
			new CaseSuspected(PERSON, LocalDate.parse("2020-02-05")), CaseConfirmed.TYPE,
			new CaseConfirmed(PERSON, LocalDate.parse("2020-02-06")), PersonTransferred.TYPE,
			new PersonTransferred(PERSON, "巴彦淖尔市医院", LocalDate.parse("2020-02-06")), ContactTraced.TYPE,
			new ContactTraced(PERSON, SOURCE, LocalDate.parse("2020-02-03")));

	private QuarantineSamples() {
	}

}
