package org.cordon.quarantine.contacts.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.ContactTraced;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRulesTest {

	private static final UUID SOURCE = UUID.randomUUID();

	private static final UUID CONTACT = UUID.randomUUID();

	private static final LocalDate MET = LocalDate.parse("2020-02-03");

	@Test
	void aNewPairIsTracedAndAnnouncedKeyedByTheContact() {
		assertThat(ContactRules.trace(SOURCE, CONTACT, null, MET))
			.isEqualTo(new Tracing.Traced(new ContactTraced(CONTACT, SOURCE, MET)));
	}

	@Test
	void theSamePairAndDayAgainIsADuplicate() {
		assertThat(ContactRules.trace(SOURCE, CONTACT, MET, MET)).isInstanceOf(Tracing.Duplicate.class);
	}

	@Test
	void aLaterDayMovesTheLastContactForward() {
		assertThat(ContactRules.trace(SOURCE, CONTACT, MET, MET.plusDays(2)))
			.isEqualTo(new Tracing.Updated(new ContactTraced(CONTACT, SOURCE, MET.plusDays(2))));
	}

	@Test
	void anEarlierDayThanTheOneOnFileIsRefused() {
		assertThat(ContactRules.trace(SOURCE, CONTACT, MET, MET.minusDays(1))).isInstanceOf(Tracing.Refused.class);
	}

	@Test
	void aPersonIsNotTheirOwnContact() {
		assertThat(ContactRules.check(SOURCE, SOURCE, MET, MET)).extracting(Violation::field)
			.containsExactly("contactPersonId");
	}

	@Test
	void theContactAndADayNotAfterTodayAreRequired() {
		assertThat(ContactRules.check(SOURCE, null, null, MET)).extracting(Violation::field)
			.containsExactly("contactPersonId", "lastContactOn");
		assertThat(ContactRules.check(SOURCE, CONTACT, MET.plusDays(1), MET)).extracting(Violation::field)
			.containsExactly("lastContactOn");
	}

}
