package org.cordon.reporting.consuming;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.apache.kafka.common.errors.RetriableException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a dependency that is away (database, broker) from a record that cannot be
 * applied. The first is waited out, retrying the whole batch; only the second may send a
 * record to the dead-letter topic, or a database outage would empty the topic into it.
 */
final class Failures {

	private Failures() {
	}

	static boolean isDependencyDown(Throwable failure) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
					|| t instanceof R2dbcNonTransientResourceException || t instanceof R2dbcTransientException
					|| t instanceof ConnectException || t instanceof RetriableException
					|| t instanceof DeadLetters.DeadLetterTopicUnavailable) {
				return true;
			}
			seen.add(t);
		}
		return false;
	}

}
