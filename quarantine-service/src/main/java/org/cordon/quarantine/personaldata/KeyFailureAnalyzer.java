package org.cordon.quarantine.personaldata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly, at start-up, which key is missing or malformed and how to make one.
 */
class KeyFailureAnalyzer extends AbstractFailureAnalyzer<KeyProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KeyProblem cause) {
		return new FailureAnalysis(
				cause.getMessage()
						+ " quarantine-service encrypts ID numbers and finds duplicates with two keys of its own"
						+ " and has no built-in ones.",
				"Set " + PersonalDataConfiguration.ENCRYPTION_KEY + " and " + PersonalDataConfiguration.HASH_KEY
						+ " (environment: CORDON_QUARANTINE_ID_NUMBER_KEY and CORDON_QUARANTINE_ID_NUMBER_HASH_KEY)"
						+ " to two different base64 values of 32 random bytes each, e.g. `openssl rand -base64 32`."
						+ " Keep them secret and keep them: ID numbers stored under one key cannot be read or"
						+ " matched under another.",
				cause);
	}

}
