package org.cordon.quarantine.contacts.domain;

import org.cordon.contracts.quarantine.ContactTraced;

/**
 * What tracing a contact did.
 */
public sealed interface Tracing {

	/** The pair is new: store it and publish. */
	record Traced(ContactTraced event) implements Tracing {
	}

	/** A later contact of a pair on file: move its day forward and publish again. */
	record Updated(ContactTraced event) implements Tracing {
	}

	/** The same pair and day again: nothing changes. */
	record Duplicate() implements Tracing {
	}

	/** An earlier day than the one on file: the last contact does not move back. */
	record Refused(String reason) implements Tracing {
	}

}
