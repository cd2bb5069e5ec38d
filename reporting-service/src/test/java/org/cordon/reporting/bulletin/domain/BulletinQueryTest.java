package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

import static org.assertj.core.api.Assertions.assertThat;

class BulletinQueryTest {

	@Test
	void aDateIsReadAsADay() {
		Violations violations = new Violations();

		assertThat(BulletinQuery.read(" 2020-02-04 ", null, violations)).isEqualTo(LocalDate.of(2020, 2, 4));
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void aMissingOrMalformedDateIsNamed() {
		for (String date : new String[] { null, "", "2020-2-4", "2020-02-30", "04/02/2020", "2020-02-04T00:00:00Z",
				"+12020-02-04" }) {
			Violations violations = new Violations();
			assertThat(BulletinQuery.read(date, null, violations)).as(date).isNull();
			assertThat(violations.list()).extracting(Violation::field).as(date).containsExactly("date");
		}
	}

	@Test
	void asOfIsRefusedBecauseTheBulletinCountsBusinessDays() {
		Violations violations = new Violations();

		BulletinQuery.read("2020-02-04", "2020-02-04T08:00:00Z", violations);

		assertThat(violations.list()).extracting(Violation::field).containsExactly("asOf");
	}

}
