package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTest {

	private static final LocalDate TODAY = LocalDate.parse("2020-02-04");

	private static final UUID ID = UUID.randomUUID();

	@Test
	void aCompleteRegistrationBreaksNoRule() {
		assertThat(RegistrationRules.check(ID, Files.PERSON, "临河区", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市",
				Files.LAST_EXPOSURE, null, TODAY))
			.isEmpty();
	}

	@Test
	void everyFieldIsRequired() {
		assertThat(RegistrationRules.check(null, new PersonalData(null, null, null, null), null, null, null, null, null,
				TODAY))
			.extracting(Violation::field)
			.containsExactly("personId", "name", "idNumber", "phone", "region", "address", "category", "exposureRegion",
					"lastExposureOn");
	}

	@Test
	void anInvalidIdNumberIsNamedAsIdNumber() {
		PersonalData wrongCheckDigit = new PersonalData("王秀英", "150802199001011235", "13947000001", "幸福小区3号楼");

		assertThat(RegistrationRules.check(ID, wrongCheckDigit, "临河区", PersonCategory.CLOSE_CONTACT, "湖北省武汉市",
				Files.LAST_EXPOSURE, null, TODAY))
			.containsExactly(new Violation("idNumber", "has a wrong check digit"));
	}

	@Test
	void aPhoneIsSixToTwentyDigitsBlanksOrHyphens() {
		for (String valid : new String[] { "13947000001", "0478-8212345", "+86 139 4700 0001" }) {
			assertThat(RegistrationRules.check(ID, new PersonalData("王秀英", "150802199001011239", valid, "幸福小区"), "临河区",
					PersonCategory.CLOSE_CONTACT, "武汉", Files.LAST_EXPOSURE, null, TODAY))
				.as(valid)
				.isEmpty();
		}
		for (String invalid : new String[] { "12345", "call me", "139-4700-000x" }) {
			assertThat(RegistrationRules.check(ID, new PersonalData("王秀英", "150802199001011239", invalid, "幸福小区"),
					"临河区", PersonCategory.CLOSE_CONTACT, "武汉", Files.LAST_EXPOSURE, null, TODAY))
				.as(invalid)
				.extracting(Violation::field)
				.containsExactly("phone");
		}
	}

	@Test
	void theLastExposureMustNotBeAfterToday() {
		assertThat(RegistrationRules.check(ID, Files.PERSON, "临河区", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市",
				TODAY.plusDays(1), null, TODAY))
			.containsExactly(new Violation("lastExposureOn", "must not be after today (2020-02-04)"));
	}

	@Test
	void theDayOfRegistrationIsOptionalAndMustNotBeAfterToday() {
		assertThat(RegistrationRules.check(ID, Files.PERSON, "五原县", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市",
				Files.LAST_EXPOSURE, LocalDate.parse("2020-01-27"), TODAY))
			.isEmpty();
		assertThat(RegistrationRules.check(ID, Files.PERSON, "五原县", PersonCategory.RETURNEE_HUBEI, "湖北省武汉市",
				Files.LAST_EXPOSURE, TODAY.plusDays(1), TODAY))
			.containsExactly(new Violation("registeredOn", "must not be after today (2020-02-04)"));
	}

	@Test
	void thePublishedRegionsMustNotHoldThePersonsNameOrNumbers() {
		assertThat(RegistrationRules.check(ID, Files.PERSON, "临河区王秀英家", PersonCategory.RETURNEE_HUBEI, "武汉 13947000001",
				Files.LAST_EXPOSURE, null, TODAY))
			.extracting(Violation::field)
			.containsExactly("region", "exposureRegion");
	}

}
