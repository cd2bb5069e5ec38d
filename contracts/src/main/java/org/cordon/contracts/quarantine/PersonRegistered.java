package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A file was opened for a person ("一人一档"); who the person is stays in quarantine-service.
 *
 * @param region the region (county or district) responsible for the person
 * @param exposureRegion where the person may have been exposed, e.g. 湖北省武汉市
 * @param lastExposureOn the day of the last possible exposure; observation runs from it
 */
public record PersonRegistered(UUID personId, String region, PersonCategory category, String exposureRegion,
		LocalDate lastExposureOn) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.PersonRegistered.v1";

	@Override
	public String type() {
		return TYPE;
	}

}
