package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person on file was traced as a contact of another person on file.
 *
 * @param personId the contact, whose record key this is
 * @param sourcePersonId the person the contact met
 * @param lastContactOn the day they last met
 */
public record ContactTraced(UUID personId, UUID sourcePersonId, LocalDate lastContactOn) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.ContactTraced.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
