package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * What a person's file needs to be opened: an id, who the person is (name, a valid ID
 * number, phone, address), the region responsible, why the person is on file, where and
 * when the last exposure was; it may name the day it was opened, which cannot be after
 * today (left out, it is today). The published fields (region, exposure region) must not
 * hold any of the personal ones.
 */
public final class RegistrationRules {

	public static final int MAX_ADDRESS = 200;

	public static final int MAX_EXPOSURE_REGION = 100;

	private RegistrationRules() {
	}

	public static List<Violation> check(UUID personId, PersonalData person, String region, PersonCategory category,
			String exposureRegion, LocalDate lastExposureOn, LocalDate registeredOn, LocalDate today) {
		Violations violations = new Violations();
		violations.present(personId, "personId");
		violations.text(person.name(), "name", Fields.MAX_NAME);
		IdNumber.problem(person.idNumber()).ifPresent((problem) -> violations.add("idNumber", problem));
		Fields.phone(violations, person.phone(), "phone");
		violations.text(region, "region", Fields.MAX_REGION);
		violations.text(person.address(), "address", MAX_ADDRESS);
		violations.present(category, "category");
		violations.text(exposureRegion, "exposureRegion", MAX_EXPOSURE_REGION);
		Fields.pastDay(violations, lastExposureOn, "lastExposureOn", today);
		if (registeredOn != null) {
			// optional: today when left out; a back-dated file is how a command catches
			// up
			Fields.pastDay(violations, registeredOn, "registeredOn", today);
		}
		if (violations.isEmpty()) {
			PublishedText.revealsPersonalData(region, person.values())
				.ifPresent((problem) -> violations.add("region", problem));
			PublishedText.revealsPersonalData(exposureRegion, person.values())
				.ifPresent((problem) -> violations.add("exposureRegion", problem));
		}
		return violations.list();
	}

}
