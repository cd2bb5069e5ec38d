package org.cordon.quarantine.persons.domain;

import java.util.List;

import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.platform.rules.Violation;

/**
 * What a rule decided about a requested change of a file.
 */
public sealed interface Decision {

	/** The change happens: store {@code after} and publish {@code event}. */
	record Apply(PersonFile after, QuarantineEvent event) implements Decision {
	}

	/** The change already happened with the same content: nothing to store or publish. */
	record Repeat() implements Decision {
	}

	/** The change contradicts the file (a 409); {@code reason} says why. */
	record Refuse(String reason) implements Decision {
	}

	/** The request itself is wrong in the light of the file (a 400 naming the field). */
	record Invalid(List<Violation> violations) implements Decision {

		public Invalid {
			violations = List.copyOf(violations);
		}

		public static Invalid of(String field, String message) {
			return new Invalid(List.of(new Violation(field, message)));
		}

	}

}
