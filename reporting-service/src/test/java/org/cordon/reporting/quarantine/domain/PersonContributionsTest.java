package org.cordon.reporting.quarantine.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;

import static org.assertj.core.api.Assertions.assertThat;

class PersonContributionsTest {

	private static final Instant T1 = Instant.parse("2020-02-04T09:00:00Z");

	private static final Instant T2 = Instant.parse("2020-02-04T10:00:00Z");

	private static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void aPersonsEventsAtOneInstantFoldIntoOneChangeAndOtherInstantsAreKeptApart() {
		UUID person = UUID.randomUUID();
		PersonContributions contributions = new PersonContributions()
			.add(new PersonRegistered(person, "临河区", PersonCategory.CLOSE_CONTACT, "湖北省武汉市", FEB_4), T1)
			.add(new PersonIsolated(person, IsolationMode.HOME, "临河区某宾馆", FEB_4, FEB_4.plusDays(14), 3), T1)
			.add(new CaseSuspected(person, FEB_4.plusDays(2)), T2);

		assertThat(contributions.changes()).containsExactly(
				new PersonContributions.Contribution(T1,
						new PersonChange(person, "临河区", PersonCategory.CLOSE_CONTACT, IsolationMode.HOME,
								FEB_4.plusDays(14), true, false, false, false, false, null)),
				new PersonContributions.Contribution(T2,
						new PersonChange(person, null, null, null, null, false, true, false, false, false, null)));
	}

}
