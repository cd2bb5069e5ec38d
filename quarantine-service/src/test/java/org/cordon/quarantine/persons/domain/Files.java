package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * Files in the states the rules are tested on.
 */
public final class Files {

	public static final LocalDate LAST_EXPOSURE = LocalDate.parse("2020-01-28");

	public static final LocalDate ISOLATED_ON = LocalDate.parse("2020-01-30");

	public static final PersonalData PERSON = new PersonalData("王秀英", "150802199001011239", "13947000001",
			"临河区新华街道幸福小区3号楼");

	private Files() {
	}

	public static PersonFile registered() {
		return PersonFile.opened(UUID.randomUUID(), LAST_EXPOSURE, new ObservationPeriod(14));
	}

	public static Isolation home() {
		return new Isolation(IsolationMode.HOME, "新华街道居家隔离", ISOLATED_ON,
				List.of(new Monitor("李建国", "村干部", "13852000001"), new Monitor("张志强", "民警", "13852000002"),
						new Monitor("刘海燕", "医务人员", "13852000003")));
	}

	public static PersonFile isolated() {
		return registered().withIsolation(home());
	}

}
