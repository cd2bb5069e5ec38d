package org.cordon.quarantine.persons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * Where and since when a person is isolated, and who watches them.
 */
public record Isolation(IsolationMode mode, String site, LocalDate startedOn, List<Monitor> monitors) {

	public Isolation {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(site, "site");
		Objects.requireNonNull(startedOn, "startedOn");
		monitors = List.copyOf(monitors);
	}

}
