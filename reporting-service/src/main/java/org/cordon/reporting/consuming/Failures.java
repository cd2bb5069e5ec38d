package org.cordon.reporting.consuming;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.apache.kafka.common.errors.RetriableException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a dependency that is away (database, broker) from a record that cannot be
 * applied. The first is waited out, retrying the whole batch; only the second may send a
 * record to the dead-letter topic, or a database outage would empty the topic into it.
 * <p>
 * A lock not granted within the transaction's {@code lock_timeout} and a session ended by
 * the server (an administrator, a shutdown) are PostgreSQL's errors of no record: they
 * count as the database being away.
 */
final class Failures {

	/**
	 * SQLSTATEs of a lock not granted in time and of a session the server ended:
	 * lock_not_available, admin_shutdown, crash_shutdown, cannot_connect_now.
	 */
	private static final Set<String> DATABASE_AWAY = Set.of("55P03", "57P01", "57P02", "57P03");

	private Failures() {
	}

	static boolean isDependencyDown(Throwable failure) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
					|| t instanceof R2dbcNonTransientResourceException || t instanceof R2dbcTransientException
					|| t instanceof ConnectException || t instanceof RetriableException
					|| t instanceof DeadLetters.DeadLetterTopicUnavailable
					|| (t instanceof R2dbcException database && DATABASE_AWAY.contains(database.getSqlState()))) {
				return true;
			}
			seen.add(t);
		}
		return false;
	}

}
