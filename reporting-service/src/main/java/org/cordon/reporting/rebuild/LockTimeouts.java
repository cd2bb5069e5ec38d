package org.cordon.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.R2dbcException;

/**
 * Tells a lock that was not granted within the transaction's {@code lock_timeout}: the
 * one failure after which freezing the live views is worth trying again.
 */
final class LockTimeouts {

	/** PostgreSQL's lock_not_available. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private LockTimeouts() {
	}

	static boolean isLockTimeout(Throwable failure) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
			if (t instanceof R2dbcException database && LOCK_NOT_AVAILABLE.equals(database.getSqlState())) {
				return true;
			}
			seen.add(t);
		}
		return false;
	}

}
