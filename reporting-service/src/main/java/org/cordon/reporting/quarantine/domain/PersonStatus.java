package org.cordon.reporting.quarantine.domain;

/**
 * Where a person's file stands, from the facts the events told. The precedence is
 * quarantine-service's ({@code FileStatus}): a transfer outranks a confirmation, which
 * outranks a suspicion, which outranks a release (the service records a suspicion after a
 * release to observe a person again), which outranks an isolation. Each fact, once true,
 * stays true, so the status does not depend on the order the facts arrived in.
 */
public enum PersonStatus {

	REGISTERED, ISOLATED, SUSPECTED, CONFIRMED, TRANSFERRED, RELEASED;

	/**
	 * @param isolated an isolation was announced
	 * @param suspected a suspicion was announced
	 * @param confirmed a confirmation was announced
	 * @param transferred a transfer was announced
	 * @param released a release was announced
	 * @return the status
	 */
	public static PersonStatus of(boolean isolated, boolean suspected, boolean confirmed, boolean transferred,
			boolean released) {
		if (transferred) {
			return TRANSFERRED;
		}
		if (confirmed) {
			return CONFIRMED;
		}
		if (suspected) {
			return SUSPECTED;
		}
		if (released) {
			return RELEASED;
		}
		return isolated ? ISOLATED : REGISTERED;
	}

}
