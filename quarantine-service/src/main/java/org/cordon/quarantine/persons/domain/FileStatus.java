package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;

/**
 * Where a person's file stands. It follows from the file's dates, so it can never
 * disagree with them.
 */
public enum FileStatus {

	REGISTERED, ISOLATED, SUSPECTED, CONFIRMED, TRANSFERRED, RELEASED;

	/**
	 * The status a file with these facts has. A suspicion or confirmation recorded after
	 * a release outranks it: release is refused while a person is suspected or confirmed,
	 * so the later fact is the current one.
	 * @param isolated whether an isolation is on file
	 * @param suspectedOn the day of suspicion, or null
	 * @param confirmedOn the day of confirmation, or null
	 * @param transferredOn the day of transfer, or null
	 * @param releasedOn the day of release, or null
	 * @return the status
	 */
	public static FileStatus of(boolean isolated, LocalDate suspectedOn, LocalDate confirmedOn, LocalDate transferredOn,
			LocalDate releasedOn) {
		if (transferredOn != null) {
			return TRANSFERRED;
		}
		if (confirmedOn != null) {
			return CONFIRMED;
		}
		if (suspectedOn != null) {
			return SUSPECTED;
		}
		if (releasedOn != null) {
			return RELEASED;
		}
		return isolated ? ISOLATED : REGISTERED;
	}

}
