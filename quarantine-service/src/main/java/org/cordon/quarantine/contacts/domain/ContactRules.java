package org.cordon.quarantine.contacts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.contracts.quarantine.ContactTraced;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.quarantine.persons.domain.Fields;

/**
 * A contact links two different persons on file with the day they last met, which has
 * come. A pair is traced once: the same day again is a duplicate; a later day is news
 * (the two met again) and moves the last contact forward; an earlier day than the one on
 * file contradicts it.
 */
public final class ContactRules {

	private ContactRules() {
	}

	public static List<Violation> check(UUID sourcePersonId, UUID contactPersonId, LocalDate lastContactOn,
			LocalDate today) {
		Violations violations = new Violations();
		if (violations.present(contactPersonId, "contactPersonId")) {
			violations.check(!contactPersonId.equals(sourcePersonId), "contactPersonId",
					"must be another person than " + sourcePersonId);
		}
		Fields.pastDay(violations, lastContactOn, "lastContactOn", today);
		return violations.list();
	}

	/**
	 * @param sourcePersonId the person whose contact is traced
	 * @param contactPersonId the contact
	 * @param onFile the last contact on file for this pair, or null
	 * @param lastContactOn the day posted
	 * @return what tracing does
	 */
	public static Tracing trace(UUID sourcePersonId, UUID contactPersonId, LocalDate onFile, LocalDate lastContactOn) {
		ContactTraced event = new ContactTraced(contactPersonId, sourcePersonId, lastContactOn);
		if (onFile == null) {
			return new Tracing.Traced(event);
		}
		if (onFile.equals(lastContactOn)) {
			return new Tracing.Duplicate();
		}
		if (lastContactOn.isAfter(onFile)) {
			return new Tracing.Updated(event);
		}
		return new Tracing.Refused("A later contact of these two persons is on file (" + onFile
				+ "); the last contact does not move back.");
	}

}
