package org.cordon.contracts.quarantine;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A file was opened for a person ("一人一档"); who the person is stays in quarantine-service.
 *
 * @param region the region (county or district) responsible for the person
 * @param exposureRegion where the person may have been exposed, e.g. 湖北省武汉市
 * @param lastExposureOn the day of the last possible exposure; observation runs from it
 * @param registeredOn the day the file was opened; {@code null} in events written before
 * the day was carried, for which readers take the day of the event's time
 */
public record PersonRegistered(UUID personId, String region, PersonCategory category, String exposureRegion,
		LocalDate lastExposureOn, LocalDate registeredOn) implements QuarantineEvent {

	public static final String TYPE = "cordon.quarantine.PersonRegistered.v1";

	/**
	 * A registration as events carried it before the day the file was opened was added.
	 * @param personId the person's file
	 * @param region the responsible region
	 * @param category why the person is followed
	 * @param exposureRegion where the person may have been exposed
	 * @param lastExposureOn the day of the last possible exposure
	 */
	public PersonRegistered(UUID personId, String region, PersonCategory category, String exposureRegion,
			LocalDate lastExposureOn) {
		this(personId, region, category, exposureRegion, lastExposureOn, null);
	}

	@Override
	public String type() {
		return TYPE;
	}

}
